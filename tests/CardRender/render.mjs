// Renders every Adaptive Card in a folder with Microsoft's `adaptivecards` package under jsdom,
// as Teams would (schema 1.5), and reports everything the library or our own checks object to.
//
//   node render.mjs <folder>
//
// Each `*.json` file in <folder> holds one card. One JSON line per card goes to stdout:
//   {"file": "...", "ok": true|false, "problems": ["..."], "text": "rendered text"}
// Exit code: 0 when every card is clean, 1 when any card has a problem, 2 on a usage error.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { markdownToHtml } from "./markdown.mjs";

const TEAMS_VERSION = "1.5";
// Teams caps a bot message at about 100 KB of UTF-16; we keep each card under 80 KB.
const MAX_UTF16_BYTES = 80 * 1024;
const MAX_TEXT_CHARS = 2000;

function usage(message) {
  process.stderr.write(`${message}\nusage: node render.mjs <folder of *.json Adaptive Cards>\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length !== 1) usage("Expected exactly one argument: the folder of cards.");
const folder = path.resolve(args[0]);
let isFolder = false;
try { isFolder = statSync(folder).isDirectory(); } catch { /* reported below */ }
if (!isFolder) usage(`Not a folder: ${args[0]}`);

// ---- A DOM for the renderer -------------------------------------------------------------------

// Anything jsdom complains about while rendering (unimplemented APIs, script errors) is a problem
// of the card being rendered.
let domComplaints = [];
const virtualConsole = new VirtualConsole();
virtualConsole.on("jsdomError", (error) => domComplaints.push(`jsdom: ${error.message}`));
for (const level of ["error", "warn"]) {
  virtualConsole.on(level, (...parts) => domComplaints.push(`console.${level}: ${parts.join(" ")}`));
}

const dom = new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>", {
  pretendToBeVisual: true,
  virtualConsole,
});
const { window } = dom;

// jsdom does no layout, so it has no innerText; the renderer writes plain text through it.
Object.defineProperty(window.HTMLElement.prototype, "innerText", {
  configurable: true,
  get() { return this.textContent; },
  set(value) { this.textContent = value; },
});

// The bundle reaches for DOM globals (document, HTMLInputElement, getComputedStyle...): lend it
// every window property Node does not already have.
for (const name of Object.getOwnPropertyNames(window)) {
  if (name in globalThis) continue;
  let value;
  try { value = window[name]; } catch { continue; } // e.g. localStorage, refused for opaque origins
  const lowercaseFunction = typeof value === "function" && /^[a-z]/.test(name);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    writable: true,
    value: lowercaseFunction ? value.bind(window) : value,
  });
}
globalThis.window = window;

// The package's main entry is an ESM build that Node cannot load; its UMD bundle works.
const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js");

// The library writes console warnings for things it dislikes (e.g. no markdown processor).
// Some of its messages are passed as functions returning the text.
let libraryComplaints = [];
const say = (part) => (typeof part === "function" ? say(part()) : String(part));
for (const level of ["warn", "error"]) {
  console[level] = (...parts) => libraryComplaints.push(`console.${level}: ${parts.map(say).join(" ")}`);
}

// ---- Markdown, the subset Teams supports (markdown.mjs) --------------------------------------

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdownToHtml(text);
  result.didProcess = true;
};

// ---- Checks ------------------------------------------------------------------------------------

function describeEvent(e) {
  const phase = AC.ValidationPhase[e.phase] ?? `phase ${e.phase}`;
  const event = AC.ValidationEvent[e.event] ?? `event ${e.event}`;
  return `${phase} ${event}: ${e.message}`;
}

/// Every object in the card JSON, with a readable path to it.
function* objectsIn(node, where = "$") {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* objectsIn(node[i], `${where}[${i}]`);
  } else if (node !== null && typeof node === "object") {
    yield [node, where];
    for (const [key, value] of Object.entries(node)) yield* objectsIn(value, `${where}.${key}`);
  }
}

/// The rendered text, one line per block (textContent would glue neighbouring TextBlocks together).
function visibleText(element) {
  const blocks = new Set(["DIV", "P", "LI", "UL", "OL", "TABLE", "TR", "BUTTON", "H1", "H2", "H3", "H4", "H5", "H6", "OPTION"]);
  let out = "";
  const walk = (node) => {
    if (node.nodeType === window.Node.TEXT_NODE) { out += node.data; return; }
    if (node.nodeType !== window.Node.ELEMENT_NODE) return;
    if (node.tagName === "BR") { out += "\n"; return; }
    const block = blocks.has(node.tagName) || node.tagName === "TD" || node.tagName === "TH";
    if (block) out += "\n";
    for (const child of node.childNodes) walk(child);
    if (block) out += "\n";
  };
  walk(element);
  return out.split("\n").map((line) => line.trim()).filter((line) => line !== "").join("\n");
}

function check(file) {
  const problems = [];
  let text = "";
  domComplaints = [];
  libraryComplaints = [];

  let json;
  try {
    json = JSON.parse(readFileSync(path.join(folder, file), "utf8"));
  } catch (error) {
    return { file, ok: false, problems: [`not valid JSON: ${error.message}`], text };
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return { file, ok: false, problems: ["the file does not hold a JSON object"], text };
  }

  if (json.type !== "AdaptiveCard") problems.push(`type is ${JSON.stringify(json.type)}, not "AdaptiveCard"`);
  if (json.version !== TEAMS_VERSION) problems.push(`version is ${JSON.stringify(json.version)}, not "${TEAMS_VERSION}" (Teams renders up to 1.5)`);

  const bytes = 2 * JSON.stringify(json).length;
  if (bytes >= MAX_UTF16_BYTES) problems.push(`card is ${bytes} bytes in UTF-16, over the ${MAX_UTF16_BYTES}-byte budget`);

  let hasTextBlock = false;
  for (const [object, where] of objectsIn(json)) {
    if (object.type === "TextBlock" || object.type === "RichTextBlock") hasTextBlock = true;
    if (object.type === "Action.Execute" && (typeof object.verb !== "string" || object.verb.trim() === "")) {
      problems.push(`Action.Execute at ${where} has no verb`);
    }
  }

  try {
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) problems.push(describeEvent(context.getEventAt(i)));
    for (const e of card.validateProperties().validationEvents) problems.push(describeEvent(e));

    const element = card.render();
    if (!element) {
      problems.push("render() returned nothing");
    } else {
      document.body.replaceChildren(element);
      text = visibleText(element);
      if (hasTextBlock && element.textContent.trim() === "") problems.push("the card has TextBlocks but rendered no text");
      document.body.replaceChildren();
    }
  } catch (error) {
    problems.push(`the renderer threw: ${error?.stack ?? error}`);
  }

  problems.push(...libraryComplaints, ...domComplaints);
  return { file, ok: problems.length === 0, problems, text: text.slice(0, MAX_TEXT_CHARS) };
}

// ---- Main --------------------------------------------------------------------------------------

const files = readdirSync(folder)
  .filter((name) => name.toLowerCase().endsWith(".json") && statSync(path.join(folder, name)).isFile())
  .sort();

let allOk = true;
for (const file of files) {
  const result = check(file);
  allOk &&= result.ok;
  process.stdout.write(JSON.stringify(result) + "\n");
}
process.exitCode = allOk ? 0 : 1;
