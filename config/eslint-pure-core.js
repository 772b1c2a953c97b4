'use strict';

/**
 * The lint fence around the pure core: src/domain and src/schema import no SharePoint, PnPjs, React, Fluent UI
 * or Node built-ins; anything that needs those belongs in src/data or a web part (code-style-anchors §9.6).
 * .eslintrc.js applies it, so the ship build fails on a violation; test/unit/lint checks it from this file.
 */
module.exports = {
  files: ['src/domain/**/*.ts', 'src/schema/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      2,
      {
        patterns: [
          { group: ['@pnp/*', '@microsoft/*', '@fluentui/*', 'react', 'react-dom', 'react/*'], message: 'src/domain and src/schema stay free of SharePoint, PnPjs and React (see config/eslint-pure-core.js).' },
          { group: ['fs', 'path', 'http', 'https', 'node:*', 'child_process', 'os'], message: 'src/domain and src/schema run in the browser too: no Node built-ins.' }
        ]
      }
    ]
  }
};
