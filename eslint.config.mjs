import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Libraries that only adapters and faces may use. */
const LIBRARIES = [
  'exceljs',
  'fflate',
  'saxes',
  'docx',
  'react',
  'react-dom',
  '@fluentui/*',
  '@microsoft/office-js',
];
const FACES_AND_ADAPTERS = ['**/adapters/*', '**/adapters', '**/addin/*', '**/cli/*', '**/demo/*'];
const OUTSIDE_TEXT = [...FACES_AND_ADAPTERS, '**/workbook/*', '**/workbook'];
const OUTSIDE_ENGINE = [...OUTSIDE_TEXT, '../text', '../text/*', '../../text', '../../text/*'];
const PURE =
  'The engine, the text catalogues and the workbook model are pure: no host, face or file library.';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-output/', 'examples/*.xlsx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // The layers (README: Architecture): the pure ones import no host, face or
  // file library, and the faces reach the layers through their index files.
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...OUTSIDE_ENGINE, ...LIBRARIES], message: PURE }] },
      ],
    },
  },
  {
    files: ['src/text/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...OUTSIDE_TEXT, ...LIBRARIES], message: PURE }] },
      ],
    },
  },
  {
    files: ['src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...FACES_AND_ADAPTERS, ...LIBRARIES], message: PURE }] },
      ],
    },
  },
  {
    files: ['src/addin/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/demo/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/*', '**/workbook/*', '**/text/*'],
              message:
                'Faces import the layers through their index files: ../engine, ../workbook, ../text.',
            },
          ],
          paths: ['exceljs', 'fflate', 'saxes'].map((name) => ({
            name,
            message: 'File libraries belong in src/adapters.',
          })),
        },
      ],
    },
  },
);
