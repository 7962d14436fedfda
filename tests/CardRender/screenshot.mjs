// Shows every Adaptive Card in a folder as a person would see it in a Teams chat: renders each one
// with Microsoft's `adaptivecards` package inside headless Chromium (Debian's, driven by
// playwright-core), with a host config close to Teams' light theme, and saves one PNG per card.
//
//   node screenshot.mjs <cards folder> <png folder>
//
// Each `*.json` file in <cards folder> holds one card; `x.json` becomes `<png folder>/x.png`. One JSON
// line per card goes to stdout:
//   {"file": "x.json", "png": "/abs/x.png", "ok": true, "problems": [], "text": "...", "clipped": [], "width": 474, "height": 310}
// `text` is the card's innerText: what a reader sees, line breaks included. `clipped` lists the texts
// the reader sees cut short (wider than their box: a one-line TextBlock or a button title ending in
// "…", a word too long for its column).
// Exit code: 0 when every card rendered, 1 when any did not, 2 on a usage error, 3 when Chromium is
// missing or does not start. CHROMIUM_PATH overrides /usr/bin/chromium.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium } from "playwright-core";
import { escapeHtml, inlineMarkdown, markdownToHtml, markdownWithMentions } from "./markdown.mjs";
import { hostConfig, pageHtml } from "./teams-look.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Headless on a closed network: no sandbox (root), no GPU, and nothing that phones home at start.
const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

function fail(code, message) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const usage = (message) => fail(2, `${message}\nusage: node screenshot.mjs <folder of *.json Adaptive Cards> <folder for the PNGs>`);

const args = process.argv.slice(2);
if (args.length !== 2) usage("Expected exactly two arguments: the folder of cards and the folder for the PNGs.");
const cardsFolder = path.resolve(args[0]);
const pngFolder = path.resolve(args[1]);
let isFolder = false;
try { isFolder = statSync(cardsFolder).isDirectory(); } catch { /* reported below */ }
if (!isFolder) usage(`Not a folder: ${args[0]}`);

if (!existsSync(CHROMIUM)) {
  fail(3, `Chromium is missing: ${CHROMIUM} does not exist. Install Debian's chromium package with `
    + "tests/CardRender/install-chromium.sh, as root (./run-tests.sh runs it), or set CHROMIUM_PATH to a Chromium binary.");
}
mkdirSync(pngFolder, { recursive: true });

// ---- The page ----------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const bundle = require.resolve("adaptivecards/dist/adaptivecards.min.js");
const markdownSource = [escapeHtml, inlineMarkdown, markdownToHtml, markdownWithMentions].map(String).join("\n");

/// Runs in the page: renders one card into #frame and says what came of it.
function renderInPage({ card, config }) {
  const AC = window.AdaptiveCards;
  const frame = document.getElementById("frame");
  frame.replaceChildren();
  const mentions = (card?.msteams?.entities ?? []).filter((e) => e?.type === "mention");
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdownWithMentions(text, mentions);
    result.didProcess = true;
  };
  const problems = [];
  try {
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = new AC.HostConfig(config);
    adaptive.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
    const element = adaptive.render();
    if (!element) problems.push("render() returned nothing");
    else frame.appendChild(element);
  } catch (error) {
    problems.push(`the renderer threw: ${error?.stack ?? error}`);
  }
  // Text wider than its box, cut off or ended with an ellipsis (one-line TextBlocks, button titles).
  const clipped = [...frame.querySelectorAll(".ac-textBlock, .ac-richTextBlock, .ac-pushButton *, .ac-toggleInput *")]
    .filter((e) => e.scrollWidth > e.clientWidth + 1
                   && (getComputedStyle(e).textOverflow === "ellipsis" || getComputedStyle(e).overflowX === "hidden"))
    .map((e) => e.textContent.trim())
    .filter((t) => t !== "");
  // One line per line the reader sees (a FactSet's table cells give lines of tabs: dropped).
  const text = frame.innerText.split("\n").map((line) => line.trim()).filter((line) => line !== "").join("\n");
  if (text === "" && problems.length === 0) problems.push("the card shows no text");
  return { problems, text, clipped };
}

// ---- Main --------------------------------------------------------------------------------------

let browser;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
} catch (error) {
  fail(3, `Chromium (${CHROMIUM}) did not start: ${error.message}`);
}

let allOk = true;
try {
  const page = await browser.newPage({ viewport: { width: 600, height: 800 }, deviceScaleFactor: 1 });
  page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
  await page.setContent(pageHtml);
  await page.addScriptTag({ path: bundle });
  await page.addScriptTag({ content: markdownSource });

  const files = readdirSync(cardsFolder)
    .filter((name) => name.toLowerCase().endsWith(".json") && statSync(path.join(cardsFolder, name)).isFile())
    .sort();

  for (const file of files) {
    const png = path.join(pngFolder, file.replace(/\.json$/i, ".png"));
    let result;
    try {
      const card = JSON.parse(readFileSync(path.join(cardsFolder, file), "utf8"));
      // `x.fr.json` is for a French reader. Chromium draws date and time inputs in its own (US) pattern;
      // Teams draws its own pickers.
      await page.evaluate((lang) => { document.documentElement.lang = lang; }, /\.fr\.json$/i.test(file) ? "fr" : "en");
      const rendered = await page.evaluate(renderInPage, { card, config: hostConfig });
      await page.evaluate(() => document.fonts.ready);
      const shot = page.locator("#shot");
      await shot.screenshot({ path: png, animations: "disabled", caret: "hide" });
      const header = readFileSync(png).subarray(16, 24); // the PNG's IHDR: width and height, big-endian
      result = { file, png, ok: rendered.problems.length === 0, ...rendered,
                 width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
    } catch (error) {
      result = { file, png: null, ok: false, problems: [`could not screenshot: ${error.message}`], text: "", clipped: [] };
    }
    allOk &&= result.ok;
    process.stdout.write(JSON.stringify(result) + "\n");
  }
} finally {
  await browser.close();
}
process.exitCode = allOk ? 0 : 1;
