/**
 * Builds the add-in's web pages into dist/:
 *   taskpane.html – the pane and, in the same page, the ribbon commands (the
 *                   manifest's FunctionFile and shared runtime are this page);
 *   dialog.html   – the small outcome dialog of the ribbon command where there
 *                   is no shared runtime;
 *   assets/       – icons and the support page.
 * Office.js is not part of the build: every page that uses it loads it from
 * Microsoft's CDN (OFFICE_JS_CDN), as Microsoft requires of add-ins; the
 * Content-Security-Policy allows scripts from our origin and that one only.
 * `npm run build` (production): minified, content-hashed names, shared code split
 * into chunks. `npm run dev-server`: https://localhost:3000 with the Office
 * development certificate.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

/** Where Office.js comes from; office.js loads its Excel library from the same origin. */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;

/**
 * The Content-Security-Policy of every page we serve; each template carries it
 * as a meta tag (<%= csp %>). Scripts: ours and Microsoft's CDN, nothing else.
 * Connections: ours and Kolada's open API (§12).
 */
const CSP =
  `default-src 'self'; script-src 'self' ${OFFICE_JS_ORIGIN}; ` +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self' https://api.kolada.se; object-src 'none'; base-uri 'self'";

/** The entry whose scripts run first and block: the ribbon command's registration. */
const FIRST_ENTRY = 'commands';

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
    templateParameters: { csp: CSP, officeJs: OFFICE_JS_CDN },
    // The commands must be registered in the same runtime as the pane; the order is the listed one.
    chunksSortMode: 'manual',
    scriptLoading: 'defer',
  });
}

/**
 * Office runs the ribbon command in the function file (taskpane.html) and
 * expects Office.actions.associate while the page loads: the first press
 * after Excel starts is lost otherwise (office-js #5176, #3378, #2744). So
 * the scripts of the commands entry (webpack's runtime and the small
 * registration) lose `defer` and run as the head is parsed, right after
 * office.js; the pane's scripts stay deferred behind them.
 */
class FirstScriptsBlocking {
  apply(compiler) {
    compiler.hooks.compilation.tap('FirstScriptsBlocking', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'FirstScriptsBlocking',
        (data) => {
          const entry = compilation.entrypoints.get(FIRST_ENTRY);
          const first = new Set(entry ? entry.getFiles() : []);
          const publicPath = data.publicPath || '';
          for (const tag of data.headTags) {
            const src = tag.tagName === 'script' && tag.attributes.src;
            if (src && first.has(src.slice(publicPath.length))) delete tag.attributes.defer;
          }
          return data;
        },
      );
    });
  }
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
      new FirstScriptsBlocking(),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
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

module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.CSP = CSP;
