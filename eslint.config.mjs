import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', '*.js', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['botbuilder*', '@microsoft/teams-ai*', 'botframework-*'], message: 'Only src/bot/ and src/http/ may import botbuilder or teams-ai.' }],
      }],
    },
  },
  {
    files: ['src/bot/**', 'src/http/**', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
