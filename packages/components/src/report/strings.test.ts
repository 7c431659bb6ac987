import { describeStringsParity } from '../test-utils/strings-parity.js';
import { STRINGS } from './strings.js';

describeStringsParity('report', STRINGS);
