// The administrators' app at /admin (the server serves this bundle as admin.js).
import './define/admin-elements.js';
