// How a card looks in a Teams chat, light theme: a host config for the Adaptive Cards renderer (the
// font sizes, weights and spacing of the Adaptive Cards designer's "Microsoft Teams - light" host, with
// readable text colours of Teams' light theme) and the page around the card (a chat column 450 px
// wide, Teams-like buttons and inputs). Segoe UI is Windows' font: elsewhere Liberation Sans (Arial's
// metrics, close to it) stands in, and Noto Color Emoji draws the emoji.

export const CARD_WIDTH = 450;

const FONT_FAMILY = "'Segoe UI', 'Liberation Sans', Arial, sans-serif";

const sizes = { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 };
const weights = { lighter: 200, default: 400, bolder: 600 };

const foregroundColors = {
  default: { default: "#ff242424", subtle: "#bf242424" },
  dark: { default: "#ff252424", subtle: "#bf252424" },
  light: { default: "#ffffffff", subtle: "#fff3f2f1" },
  accent: { default: "#ff6264a7", subtle: "#ff8b8cc7" },
  good: { default: "#ff237b4b", subtle: "#e5237b4b" },
  warning: { default: "#ff835c00", subtle: "#e5835c00" },
  attention: { default: "#ffc4314b", subtle: "#e5c4314b" },
};

const style = (backgroundColor) => ({ backgroundColor, foregroundColors });

export const hostConfig = {
  supportsInteractivity: true,
  choiceSetInputValueSeparator: ",",
  fontTypes: {
    default: { fontFamily: FONT_FAMILY, fontSizes: sizes, fontWeights: weights },
    monospace: { fontFamily: "Consolas, 'Liberation Mono', 'Courier New', monospace", fontSizes: sizes, fontWeights: weights },
  },
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#ffe1dfdd" },
  imageSizes: { small: 32, medium: 52, large: 100 },
  textStyles: { heading: { fontType: "default", size: "large", weight: "bolder", color: "default", isSubtle: false } },
  textBlock: { headingLevel: 2 },
  containerStyles: {
    default: style("#ffffffff"),
    emphasis: style("#fff5f5f5"),
    accent: style("#ffe8ebfa"),
    good: style("#ffe7f2da"),
    attention: style("#fffcf4f6"),
    warning: style("#fffbf6d9"),
  },
  actions: {
    maxActions: 6,
    spacing: "default",
    buttonSpacing: 8,
    showCard: { actionMode: "inline", inlineTopMargin: 16, style: "emphasis" },
    preExpandSingleShowCardAction: false,
    actionsOrientation: "horizontal",
    actionAlignment: "left",
  },
  adaptiveCard: { allowCustomStyle: true },
  imageSet: { imageSize: "medium", maxImageHeight: 100 },
  factSet: {
    title: { size: "default", color: "default", isSubtle: false, weight: "bolder", wrap: true, maxWidth: 150 },
    value: { size: "default", color: "default", isSubtle: false, weight: "default", wrap: true },
    spacing: 16,
  },
  inputs: { label: { requiredInputs: { suffix: " *", suffixColor: "attention" }, optionalInputs: {} }, errorMessage: { size: "small", color: "attention" } },
};

export const pageHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><style>
  html, body { margin: 0; background: #f5f5f5; }
  body { font-family: ${FONT_FAMILY}; color: #242424; -webkit-font-smoothing: antialiased; }
  #shot { display: inline-block; padding: 12px; background: #f5f5f5; }
  #frame { width: ${CARD_WIDTH}px; box-sizing: border-box; background: #fff; border-radius: 4px;
           box-shadow: 0 0.8px 1.8px rgba(0,0,0,.13), 0 0.15px 0.45px rgba(0,0,0,.11); overflow: hidden; }
  #frame p { margin: 0; }
  #frame p + p, #frame p + ul, #frame p + ol { margin-top: 8px; }
  #frame ul, #frame ol { margin: 0; padding-left: 20px; box-sizing: border-box; } /* the renderer sets width: 100% */
  #frame a { color: #5b5fc7; text-decoration: none; }
  .teams-mention { color: #5b5fc7; font-weight: 600; }
  .ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; min-height: 32px; padding: 0 12px;
                   border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; color: #242424;
                   overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .ac-pushButton.style-positive { background: #5b5fc7; border-color: #5b5fc7; color: #fff; }
  .ac-pushButton.style-destructive { color: #c4314b; border-color: #c4314b; }
  .ac-pushButton.expanded { background: #ebebeb; }
  .ac-input { font-family: inherit; font-size: 14px; color: #242424; }
  .ac-textInput, .ac-dateInput, .ac-timeInput, .ac-numberInput, select.ac-input {
    box-sizing: border-box; min-height: 32px; padding: 5px 10px; border: 1px solid #e0e0e0;
    border-bottom-color: #616161; border-radius: 4px; background: #fff; }
  .ac-textInput.ac-multiline { min-height: 64px; }
  .ac-input-validation-failed { border-color: #c4314b !important; }
</style></head><body><div id="shot"><div id="frame"></div></div></body></html>`;
