import { describeStringsParity } from '../../test/strings-parity.js';
import { STRINGS } from './strings.js';

describeStringsParity('zone map', STRINGS);
