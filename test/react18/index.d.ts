// Typed with the root's React 19 types, which cover what the tests use.
import type * as React from 'react';
import type * as ReactDOM from 'react-dom';
import type * as ReactDOMClient from 'react-dom/client';

export declare const React18: typeof React;
export declare const ReactDOM18: typeof ReactDOM;
export declare const ReactDOMClient18: typeof ReactDOMClient;
