// Builds the Excel add-in into addin/dist/ (served by the gateway at /addin/). CommonJS because the
// project is "type": "module" and webpack-cli loads .cjs configs with require().
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

/** Microsoft's CDN copy of office.js (OFFICE_JS=cdn, the default). */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where OFFICE_JS=local puts the @microsoft/office-js package's files, beside taskpane.html. */
const OFFICE_JS_LOCAL_DIR = 'office-js';

/**
 * OFFICE_JS=cdn|local is chosen at build time (`OFFICE_JS=local npm run addin:build`): local copies the
 * @microsoft/office-js package (its dist/ without the .debug.js builds and IntelliSense files, ~34 MB) into
 * addin/dist/office-js/ and points the task pane at it, for internal and air-gapped deployments.
 */
function officeJsMode(env) {
  const mode = (env && env.OFFICE_JS) || process.env.OFFICE_JS || 'cdn';
  if (mode !== 'cdn' && mode !== 'local') throw new Error(`OFFICE_JS must be cdn or local, not '${mode}'`);
  return mode;
}

module.exports = (env = {}) => {
  const officeJs = officeJsMode(env);
  return {
    mode: 'production',
    context: __dirname,
    devtool: false,
    target: ['web', 'es2020'],
    // One entry: the task pane imports the functions, so both share one runtime (manifest: shared runtime).
    entry: { taskpane: './src/taskpane/taskpane.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // A fixed name: manifest.xml's Functions.Script.Url points at it.
      filename: '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // Sources import './x.js' (ESM style, as Node and tsc want); webpack finds x.ts.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              onlyCompileBundledFiles: true,
            },
          },
        },
      ],
    },
    plugins: [
      // Generates functions.json from the JSDoc in functions.ts (never edited by hand). An absolute input
      // path, because the plugin resolves it against the working directory.
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: path.resolve(__dirname, 'src/functions/functions.ts'),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: {
          officeJsUrl: officeJs === 'local' ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN,
          officeJsMode: officeJs,
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          ...(officeJs === 'local'
            ? [
                {
                  from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
                  to: OFFICE_JS_LOCAL_DIR,
                  globOptions: {
                    ignore: ['**/*.debug.js', '**/*vsdoc*', '**/office.d.ts'],
                  },
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    performance: { hints: false },
  };
};
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_LOCAL_DIR = OFFICE_JS_LOCAL_DIR;
