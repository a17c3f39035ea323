/**
 * Builds the add-in's web pages into dist/:
 *   taskpane.html – the pane and, in the same page, the ribbon commands (the
 *                   manifest's FunctionFile and shared runtime are this page);
 *   dialog.html   – the small outcome dialog of the ribbon command where there
 *                   is no shared runtime;
 *   assets/       – icons and the support page;
 *   office-js/    – Office.js itself, served from our own origin so that every
 *                   script comes from one place (the pages' Content-Security-Policy
 *                   allows only 'self').
 * `npm run build` (production): minified, content-hashed names, shared code split
 * into chunks. `npm run dev-server`: https://localhost:3000 with the Office
 * development certificate.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** The Content-Security-Policy of every page we serve (our templates carry the same meta tag). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";

function withPolicy(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/**
 * Office.js as published, less what an Excel add-in never loads: debug builds,
 * IntelliSense files and the other Office applications' host scripts. office.js
 * finds the rest (o15apptofilemappingtable.js, excel-*.js, language folders,
 * telemetry/) beside itself.
 */
const OFFICE_JS_LEFT_OUT = [
  '**/*.debug.js',
  '**/*-vsdoc.js',
  '**/*.d.ts',
  '**/{access,onenote,outlook,powerpoint,project,word}*',
];

/**
 * The Office development certificate (office-addin-dev-certs), which Office
 * trusts once installed; without it the server makes a self-signed one, which
 * the browser must be told to accept.
 */
async function httpsServer() {
  try {
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    const { ca, key, cert } = await getHttpsServerOptions();
    return { type: 'https', options: { ca, key, cert } };
  } catch (error) {
    console.warn(
      `Utvecklingscertifikatet kunde inte hämtas; servern använder ett självsignerat (${error.message}).\n` +
        'The development certificate was not available; the server uses a self-signed one.',
    );
    return { type: 'https' };
  }
}

function page(filename, template, chunks) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    // The commands must be registered in the same runtime as the pane; the order is the listed one.
    chunksSortMode: 'manual',
    scriptLoading: 'defer',
  });
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const hashed = production ? '[name].[contenthash:8]' : '[name]';
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/addin/taskpane/index.tsx',
      commands: './src/addin/commands/commands.ts',
      dialog: './src/addin/dialog/dialog.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: `${hashed}.js`,
      chunkFilename: `${hashed}.js`,
      // dist/node holds the command line's build (npm run build:cli); leave it.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            // ES modules let webpack split dynamic import()s into chunks and drop unused code.
            compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: !production },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime per page, so that commands and pane share module instances
      // (src/addin/commands/outcome-channel.ts relies on it).
      runtimeChunk: 'single',
      splitChunks: { chunks: 'all' },
    },
    // Webpack measures raw bytes; scripts/bench-bundle.js measures the first load gzipped.
    performance: { hints: false },
    plugins: [
      page('taskpane.html', './src/addin/taskpane/taskpane.html', ['commands', 'taskpane']),
      page('dialog.html', './src/addin/dialog/dialog.html', ['dialog']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // Where the pane reaches Kolada (§12); IT edits it on the server, no rebuild.
          { from: 'src/addin/kolada.json', to: 'kolada.json' },
          {
            from: OFFICE_JS,
            to: 'office-js',
            globOptions: { ignore: [...OFFICE_JS_LEFT_OUT, '**/*.html'] },
            // Already minified by Microsoft; running Terser over 15 MB again only costs minutes.
            info: { minimized: true },
          },
          {
            // Office.js's own error page gets the same policy as ours: no page of
            // this origin runs without one.
            from: '**/*.html',
            context: OFFICE_JS,
            to: 'office-js',
            transform: (content) => withPolicy(content.toString()),
          },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      server: env && env.WEBPACK_SERVE ? await httpsServer() : 'https',
      static: false,
      hot: false,
      liveReload: true,
    },
  };
};
