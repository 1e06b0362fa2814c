import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder of src/features is a feature, walled off from the others. */
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The layers, enforced: data → domain → store → (lib, ui, shared) → features → app.
 * src/lib: helpers with no UI of their own (formatting, downloads, hooks over browser APIs);
 * src/ui: generic components (page, fields, source links); src/shared: what two features share
 * (plans, salary, profile text). See README "Project layout".
 */
const layerRules = [
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/*',
                'zustand',
                'zustand/*',
                '@xyflow/*',
                'recharts',
                'html-to-image',
              ],
              message: 'src/domain is pure TypeScript: no UI or store libraries.',
            },
            {
              group: ['@/store/*', '@/features/*', '@/lib/*', '@/ui/*', '@/shared/*', '@/app/*'],
              message: 'src/domain may not import outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The engine never touches the DOM.' },
        { name: 'document', message: 'The engine never touches the DOM.' },
        { name: 'localStorage', message: 'The engine never reads storage.' },
        { name: 'sessionStorage', message: 'The engine never reads storage.' },
        { name: 'navigator', message: 'The engine never reads the environment.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The engine never reads the clock: pass `today` in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The engine never reads the clock: pass `today` in.',
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '@/lib/*', '@/ui/*', '@/shared/*'],
              message: 'The store holds input only; it may not import UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '@/ui/*', '@/shared/*', '@/store/*'],
              message:
                'src/lib holds helpers: it may use the engine (src/domain) but no UI, store or feature.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '@/shared/*', '@/store/*'],
              message: 'src/ui is generic: it knows no feature, shared piece or store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*'],
              message: 'What features share may not import a feature or the app.',
            },
          ],
        },
      ],
    },
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', `!@/features/${name}`, `!@/features/${name}/*`, '@/app/*'],
              message:
                'Features do not import each other or the app; share through src/shared, src/ui or src/domain.',
            },
          ],
        },
      ],
    },
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-next',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'reports',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['*.{js,mjs,ts}', 'scripts/**/*.{js,mjs}', 'tests/e2e/**/*.ts', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Scripts that drive a browser run some of their code in the page.
  { files: ['scripts/ready.mjs'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  ...layerRules,
);
