// React 18 for the browser tests. The test server answers `spf-test-react18`
// itself (test/helpers/react-esm.mjs), with this package's own React 18.
import React18 from 'react';
import ReactDOM18 from 'react-dom';
import ReactDOMClient18 from 'react-dom/client';

export { React18, ReactDOM18, ReactDOMClient18 };
