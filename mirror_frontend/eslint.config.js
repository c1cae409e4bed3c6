// The panel's lint: ESLint's and typescript-eslint's recommended rules, and
// eslint-plugin-lit's for the templates. Formatting is prettier's (npm run format).
import js from "@eslint/js";
import lit from "eslint-plugin-lit";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["node_modules/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs["flat/recommended"],
  {
    files: ["src/**/*.ts", "test/**/*.ts"],
    languageOptions: { globals: globals.browser },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: "error",
      "lit/no-template-bind": "error",
      "lit/no-useless-template-literals": "error",
      "lit/attribute-names": "error",
      "lit/lifecycle-super": "error",
      "lit/no-native-attributes": "error",
    },
  },
  {
    // the build, the browser scripts (page.evaluate runs in the page) and tools
    files: ["**/*.mjs", "*.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
