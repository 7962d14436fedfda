// Validates Teams app manifests, and the localization files each one names, against the
// schemas bundled in @microsoft/app-manifest. Nothing is fetched: a `$schema` the package
// does not bundle is an error here, because the library would otherwise download it.
//
//   node validate.mjs path/to/manifest.json [more.json ...]
//
// Prints every schema error and exits 1 if there is any, 0 if all files are valid.
import { readFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";

const require = createRequire(import.meta.url);
const bundledRoot = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build");

// The same mapping as the library's: developer.microsoft.com/[locale/]json-schemas/... → build/json-schemas/...
function bundledSchemaPath(schemaUrl) {
  let url;
  try {
    url = new URL(schemaUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.hostname !== "developer.microsoft.com") return undefined;
  const match = url.pathname.match(/^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/(json-schemas\/(?:teams|copilot)\/[^?#]+\.json)$/i);
  return match ? path.join(bundledRoot, ...match[1].split("/")) : undefined;
}

async function loadBundledSchema(schemaUrl) {
  const file = bundledSchemaPath(schemaUrl);
  if (!file) throw new Error(`$schema ${schemaUrl} is not a developer.microsoft.com json-schemas URL; refusing to fetch it`);
  try {
    await access(file);
  } catch {
    throw new Error(`$schema ${schemaUrl} is not bundled in @microsoft/app-manifest; refusing to fetch it`);
  }
  // The library cleans these escapes, which are not valid JSON, before parsing; so do we.
  const raw = await readFile(file, "utf8");
  return repairPatterns(JSON.parse(raw.replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b")));
}

// Ajv compiles patterns with the `u` flag, under which a lone `]` is a syntax error. The
// bundled localization schemas have such patterns (`activityTypes\[\b(...)\b]`), so the
// library cannot compile them as shipped. Escaping a `]` that closes no character class keeps
// the meaning the pattern has without `u` (a literal `]`) and lets it compile.
function escapeLoneBrackets(pattern) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += c + (pattern[++i] ?? "");
    } else if (c === "[" && !inClass) {
      inClass = true;
      out += c;
    } else if (c === "]") {
      out += inClass ? c : "\\]";
      inClass = false;
    } else {
      out += c;
    }
  }
  return out;
}

function compilesWithUnicode(pattern) {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

function repairPattern(pattern) {
  return compilesWithUnicode(pattern) ? pattern : escapeLoneBrackets(pattern);
}

function repairPatterns(node) {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "pattern" && typeof value === "string") out[key] = repairPattern(value);
    else if (key === "patternProperties" && value && typeof value === "object")
      out[key] = Object.fromEntries(Object.entries(value).map(([p, v]) => [repairPattern(p), repairPatterns(v)]));
    else out[key] = repairPatterns(value);
  }
  return out;
}

async function readJson(file) {
  const text = await readFile(file, "utf8");
  return JSON.parse(text.replace(/^\uFEFF/, ""));
}

// Returns the error lines for one file (and, for a manifest, for its localization files).
async function validateFile(file) {
  let json;
  try {
    json = await readJson(file);
  } catch (e) {
    return [`${file}: cannot read JSON: ${e.message}`];
  }
  if (typeof json.$schema !== "string") return [`${file}: has no $schema`];

  let errors;
  try {
    const schema = await loadBundledSchema(json.$schema);
    errors = await AppManifestUtils.validateAgainstSchema(json, schema);
  } catch (e) {
    return [`${file}: ${e.message}`];
  }
  const lines = errors.map((error) => `${file}: ${error}`);

  const localization = json.localizationInfo;
  if (localization) {
    const dir = path.dirname(file);
    const files = [localization.defaultLanguageFile, ...(localization.additionalLanguages ?? []).map((l) => l.file)].filter(Boolean);
    for (const relative of files) lines.push(...(await validateFile(path.join(dir, relative))));
  }
  return lines;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs <manifest.json> [more.json ...]");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  const errors = await validateFile(path.resolve(file));
  if (errors.length === 0) {
    console.log(`${file}: valid`);
  } else {
    failed = true;
    for (const line of errors) console.error(line);
  }
}
process.exit(failed ? 1 : 0);
