import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const infrastructurePackages = [
  '@nestjs/*',
  'typeorm',
  'bullmq',
  'ioredis',
  'pg',
  'nats',
  '@nats-io/*',
  'fastify',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.nx/', 'coverage/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-fallthrough': 'error',
      // Nest resolves constructor parameters from emitted decorator metadata: those imports must stay values.
      '@typescript-eslint/consistent-type-imports': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: infrastructurePackages,
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            {
              sourceTag: 'type:infra',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:infra', 'type:testing'],
            },
            {
              // Test helpers depend on nothing of ours, so any library's tests may use them.
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [],
            },
            {
              // A service's use cases and persistence, when they outgrow the app.
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:infra', 'type:testing'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:contracts',
                'type:infra',
                'type:feature',
                'type:testing',
              ],
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:submission', onlyDependOnLibsWithTags: ['scope:submission', 'scope:shared'] },
            { sourceTag: 'scope:validation', onlyDependOnLibsWithTags: ['scope:validation', 'scope:shared'] },
            { sourceTag: 'scope:workflow', onlyDependOnLibsWithTags: ['scope:workflow', 'scope:shared'] },
            {
              sourceTag: 'scope:publication',
              onlyDependOnLibsWithTags: ['scope:publication', 'scope:shared'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  prettier,
);
