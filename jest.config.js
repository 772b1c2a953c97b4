'use strict';

// PnPjs v4 ships ES modules only, so jest (which runs CommonJS) must transpile them too: ts-jest with
// allowJs compiles node_modules/@pnp/** like our own sources. Everything else in node_modules is CJS.
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      target: 'es2022',
      module: 'commonjs',
      moduleResolution: 'node',
      esModuleInterop: true,
      allowJs: true,
      jsx: 'react',
      strict: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      isolatedModules: true
    },
    diagnostics: false
  }
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': tsJest },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/stubs/styleStub.js',
    '^(.+)\\.module\\.scss$': '<rootDir>/test/stubs/styleStub.js'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json']
};

module.exports = {
  reporters: ['default', '<rootDir>/test/reporters/summaryLine.js'],
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'package', testEnvironment: 'node', testMatch: ['<rootDir>/test/package/**/*.test.ts'] },
    {
      ...common,
      displayName: 'components',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/stubs/componentSetup.ts'],
      testMatch: ['<rootDir>/test/components/**/*.test.tsx']
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      // the whole product in Debian's Chromium: see test/e2e/globalSetup.ts (installs chromium with apt when missing)
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/e2e/setupTimeout.ts'],
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts']
    }
  ]
};
