import './spf-widgets.js';
