// The leader's page on a report link (the server serves this bundle as leader.js).
import './define/leader-elements.js';
