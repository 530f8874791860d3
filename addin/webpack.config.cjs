// Builds the Excel add-in into addin/dist/ (served by the gateway at /addin/). CommonJS because the
// project is "type": "module" and webpack-cli loads .cjs configs with require().
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

module.exports = {
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
        use: { loader: 'ts-loader', options: { configFile: path.resolve(__dirname, 'tsconfig.json'), onlyCompileBundledFiles: true } },
      },
    ],
  },
  plugins: [
    // Generates functions.json from the JSDoc in functions.ts (never edited by hand). An absolute input
    // path, because the plugin resolves it against the working directory.
    new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: path.resolve(__dirname, 'src/functions/functions.ts') }),
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
  ],
  performance: { hints: false },
};
