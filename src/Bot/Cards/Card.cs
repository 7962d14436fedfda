using System.Text.Json.Nodes;

namespace FocalBot.Bot.Cards;

/// Small builders for Adaptive Card 1.5 JSON, the highest version Teams renders. Cards use Action.Execute
/// (Universal Actions), so the bot can answer with an updated card.
public static class Card
{
    public const string Version = "1.5";

    public static JsonObject New(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
        };
        var list = actions?.OfType<JsonNode>().ToArray() ?? [];
        if (list.Length > 0) card["actions"] = new JsonArray(Overflow(list));
        return card;
    }

    /// The width of a card's row of buttons in Teams (a 450-pixel card less its padding), and what a button takes:
    /// about 7.6 pixels a character of its 14-pixel semibold title, 26 of padding and border, 8 between buttons, and
    /// 40 for the "…" button that opens the overflow menu.
    const double RowWidth = 418, PerCharacter = 7.6, PerButton = 26, Between = 8, OverflowButton = 40;

    /// Buttons that would not fit on the card's one row, its first ones kept: Teams would squeeze every title to an
    /// ellipsis. The others go to the card's "…" menu (Adaptive Cards 1.5 `mode: secondary`), in the order given, so
    /// a card lists its buttons most used first. A host that knows no overflow shows them all, as before.
    static JsonNode[] Overflow(JsonNode[] actions)
    {
        static double Width(JsonNode action) => PerButton + PerCharacter * ((string?)action["title"] ?? "").Length;
        var all = actions.Sum(Width) + Between * (actions.Length - 1);
        if (all <= RowWidth) return actions;
        var used = OverflowButton;
        var fits = 0;
        while (fits < actions.Length && (used += Width(actions[fits]) + Between) <= RowWidth) fits++;
        foreach (var action in actions.Skip(Math.Max(1, fits))) action["mode"] = "secondary";
        return actions;
    }

    public static JsonObject Title(string text) => TextBlock(text, size: "Large", weight: "Bolder");

    /// A title that is what a member typed (a name): Title's look, shown literally.
    public static JsonObject LiteralTitle(string text) => Literal(text, weight: "Bolder", size: "Large");

    public static JsonObject Subtitle(string text) => TextBlock(text, size: "Medium", weight: "Bolder");

    public static JsonObject TextBlock(string text, string? size = null, string? weight = null, bool subtle = false, string? spacing = null, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        if (color is not null) block["color"] = color;
        return block;
    }

    /// What a member typed, shown exactly as typed: a TextRun is never read as Markdown, so "**", "_", "[x](y)" or
    /// "<b>" in a question or answer stay visible characters instead of formatting (or a link) nobody wrote.
    public static JsonObject Literal(string text, bool subtle = false, string? weight = null, string? spacing = null, string? size = null, string? color = null)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (subtle) run["isSubtle"] = true;
        if (weight is not null) run["weight"] = weight;
        if (size is not null) run["size"] = size;
        if (color is not null) run["color"] = color;
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }

    /// A label in bold followed by literal text, on one line: "3. " and the question as typed.
    public static JsonObject LabelledLiteral(string label, string text, bool subtle = false, string? spacing = null)
    {
        var block = Literal(text, subtle, spacing: spacing);
        block["inlines"]!.AsArray().Insert(0, new JsonObject { ["type"] = "TextRun", ["text"] = label, ["weight"] = "Bolder" });
        return block;
    }

    /// A bulleted list (markdown "- " lines, which Teams renders in TextBlocks).
    public static JsonObject Bullets(IEnumerable<string> items, string? color = null) =>
        TextBlock(string.Join("\r", items.Select(i => "- " + i)), color: color);

    /// What the user must fix before anything is saved, in the Attention colour; null when there is nothing.
    public static JsonObject? Problems(string title, IReadOnlyList<string> problems) => problems.Count == 0
        ? null
        : new JsonObject
        {
            ["type"] = "Container",
            ["style"] = "attention",
            ["items"] = new JsonArray(TextBlock(title, weight: "Bolder", color: "Attention"), Bullets(problems, "Attention")),
        };

    /// A text input. Required inputs carry a label and an error message, as Teams and the renderer expect.
    public static JsonObject InputText(string id, string label, string? value = null, bool required = false, string? error = null,
        bool multiline = false, int? maxLength = null, string? placeholder = null, string? style = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label };
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        if (required) { input["isRequired"] = true; input["errorMessage"] = error ?? label; }
        if (multiline) input["isMultiline"] = true;
        if (maxLength is not null) input["maxLength"] = maxLength;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (style is not null) input["style"] = style;
        return input;
    }

    /// A drop-down list of choices (value sent, title shown).
    public static JsonObject ChoiceSet(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value = null,
        bool required = false, string? error = null, string? placeholder = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        if (required) { input["isRequired"] = true; input["errorMessage"] = error ?? label; }
        if (placeholder is not null) input["placeholder"] = placeholder;
        return input;
    }

    /// Several choices at once, shown as a filtered list (Teams) or check boxes; the data gets "a,b,c".
    public static JsonObject MultiChoiceSet(string id, string label, IEnumerable<(string Title, string Value)> choices, IEnumerable<string> values)
    {
        var input = ChoiceSet(id, label, choices, string.Join(",", values));
        input["isMultiSelect"] = true;
        input["style"] = "filtered";
        return input;
    }

    /// Choices shown as radio buttons: for a few options the reader should see all at once.
    public static JsonObject RadioSet(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value = null)
    {
        var input = ChoiceSet(id, label, choices, value);
        input["style"] = "expanded";
        return input;
    }

    /// A date picker; the value is yyyy-MM-dd, as Adaptive Cards define it.
    public static JsonObject InputDate(string id, string label, DateOnly? value = null, bool required = false, string? error = null)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        if (value is { } v) input["value"] = v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (required) { input["isRequired"] = true; input["errorMessage"] = error ?? label; }
        return input;
    }

    /// A time picker; the value is HH:mm, as Adaptive Cards define it.
    public static JsonObject InputTime(string id, string label, string? value = null)
    {
        var input = new JsonObject { ["type"] = "Input.Time", ["id"] = id, ["label"] = label };
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    /// A link button. Only http(s) and mailto/tel links are given here, never user input.
    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    /// A live card: Teams calls the verb when the card is shown to one of these users (at most 60) and shows the card
    /// the bot answers with. Others see the card as sent, with a button to refresh it themselves.
    public static JsonObject WithRefresh(JsonObject card, string verb, JsonObject data, IEnumerable<string> userIds)
    {
        var refresh = new JsonObject { ["action"] = Execute("", verb, data, withInputs: false) };
        refresh["action"]!.AsObject().Remove("title");
        var users = userIds.Where(u => !string.IsNullOrEmpty(u)).Distinct().Take(60).ToArray();
        if (users.Length > 0) refresh["userIds"] = new JsonArray(users.Select(u => (JsonNode)JsonValue.Create(u)).ToArray());
        card["refresh"] = refresh;
        return card;
    }

    /// Teams @mentions in a card: each "<at>Name</at>" in a TextBlock needs its entity, whose text matches exactly. Write
    /// the tags with MentionTag, so the names here and there are cleaned the same way.
    public static JsonObject WithMentions(JsonObject card, IEnumerable<(string Id, string Name)> people)
    {
        var entities = people.Select(p => (JsonNode)new JsonObject
        {
            ["type"] = "mention",
            ["text"] = MentionTag(p.Name),
            ["mentioned"] = new JsonObject { ["id"] = p.Id, ["name"] = MentionName(p.Name) },
        }).ToArray();
        if (entities.Length > 0) card["msteams"] = new JsonObject { ["entities"] = new JsonArray(entities) };
        return card;
    }

    /// "<at>Name</at>" for a TextBlock, with the name cleaned by MentionName.
    public static string MentionTag(string name) => $"<at>{MentionName(name)}</at>";

    /// A member's name as it may stand inside "<at>…</at>" in a Markdown TextBlock: cleaned by Plain, and cut at 100
    /// characters. So a name never breaks out of its mention nor formats the line.
    public static string MentionName(string name)
    {
        var clean = Plain(name).Replace("&", "");   // "&lt;/at&gt;" must not become a tag either
        clean = string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length > 100) clean = clean[..100].TrimEnd();
        return clean.Length == 0 ? "?" : clean;
    }

    /// What a member typed (a name, an organisation, a reason), made inert inside Markdown: a TextBlock, a fact, a bot
    /// sentence around it. What could open a tag, or be read as emphasis, a link, a heading or code is dropped ("&"
    /// stays: an entity only ever shows a character); line breaks and other control characters become spaces, runs
    /// of spaces one. Where the member's text stands alone, Literal shows it exactly instead.
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Plain(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '<' or '>' or '*' or '_' or '[' or ']' or '#' or '`' or '\\' or '~' or '|') continue;
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && (kept.Length == 0 || kept[^1] == ' ')) continue;
            kept.Append(space ? ' ' : c);
        }
        return kept.ToString().Trim();
    }

    /// An e-mail address or a phone number inside Markdown: as it is when made only of the characters addresses and
    /// numbers are written with (an "_" inside a word stays a letter), else cleaned by Plain.
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? PlainAddress(string? text) =>
        text is null || text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '@' or '+' or '-' or '_' or '\'' or ' ' or '(' or ')' or '/')
            ? text : Plain(text);

    /// A yes/no switch; the action's data gets "true" or "false".
    public static JsonObject Toggle(string id, string title, bool value) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["wrap"] = true,
        ["value"] = value ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
    };

    /// A group of elements; with a select action the whole group is one button.
    public static JsonObject Container(IEnumerable<JsonNode?> items, JsonObject? selectAction = null, string? spacing = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()) };
        if (selectAction is not null) container["selectAction"] = selectAction;
        if (spacing is not null) container["spacing"] = spacing;
        if (separator) container["separator"] = true;
        return container;
    }

    /// Buttons inside the body, where a card needs more than one row of them, or beside an input they act on.
    public static JsonObject ActionSet(params JsonNode?[] actions) => ActionSet(actions, spacing: null);

    public static JsonObject ActionSet(IEnumerable<JsonNode?> actions, string? spacing)
    {
        var set = new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(Overflow(actions.OfType<JsonNode>().ToArray())) };
        if (spacing is not null) set["spacing"] = spacing;
        return set;
    }

    /// A fact list; markdown is allowed in titles and values.
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    /// An Action.Execute button. Its data carries ids only: who acted is the invoke's sender, never the data.
    /// Without inputs (a "back" button), the card's inputs are neither validated nor sent.
    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null, bool withInputs = true)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = Detached(data) };
        if (style is not null) action["style"] = style;
        if (!withInputs) action["associatedInputs"] = "none";
        return action;
    }

    /// A node can sit in one card place only: data shared by several buttons is copied for each.
    static JsonObject Detached(JsonObject? data) => data is null ? new JsonObject() : data.Parent is null ? data : data.DeepClone().AsObject();

    /// Every Action.Execute and refresh verb in a card, wherever it is nested.
    public static IEnumerable<string> Verbs(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && obj["type"]!.GetValue<string>() == "Action.Execute"
                    && obj["verb"]?.GetValue<string>() is { } verb) yield return verb;
                foreach (var (_, child) in obj)
                    foreach (var v in Verbs(child)) yield return v;
                break;
            case JsonArray array:
                foreach (var child in array)
                    foreach (var v in Verbs(child)) yield return v;
                break;
        }
    }
}
