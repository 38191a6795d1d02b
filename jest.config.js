// Unit tests run alone (`npm run test:unit`); the integration project boots the real
// stack (PostgreSQL, Temporal dev server, worker, API) once in its global setup.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      // The tsconfig path aliases, rewritten at transform time: this reaches global setup too,
      // which runs outside Jest's module resolution (moduleNameMapper would not).
      baseUrl: __dirname,
      paths: require('./tsconfig.json').compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  rootDir: __dirname,

  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tools/', '<rootDir>/.data/'],
};

module.exports = {
  // Global only: Jest ignores testTimeout inside a project. End-to-end tests wait on real deadlines.
  testTimeout: 60_000,
  testSequencer: '<rootDir>/test/support/sequencer.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{libs,modules,apps,scripts}/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/{libs,modules,apps,scripts}/**/*.int.spec.ts',
        '<rootDir>/test/**/*.e2e-spec.ts',
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
    {
      // `npm run test:reliability`: the matrix, 10,000 fuzzed requests, hardening and faults.
      ...common,
      displayName: 'reliability',
      testMatch: [
        '<rootDir>/test/reliability/**/*.rel-spec.ts',
        '<rootDir>/test/{authorization,fuzz,hardening}.e2e-spec.ts',
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/reliability-teardown.ts',
      slowTestThreshold: 120,
    },
  ],
};
