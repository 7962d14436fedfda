using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// The office's steps with a meeting, as the cards send them: a thematic session on Monday 15 March 2027 in
/// Strasbourg, titled and with its agenda in English and French, for every focal point or for the members given.
static class MeetingSteps
{
    public const string Id = "mt-1";

    public static JsonObject Form(string titleEn = "Returns", string titleFr = "Retours", string[]? forMembers = null, params (string En, string Fr)[] items)
    {
        var data = new JsonObject
        {
            [MeetingForm.IdKey] = Id, [MeetingForm.KindKey] = "ThematicSession", [MeetingForm.TitleEnKey] = titleEn, [MeetingForm.TitleFrKey] = titleFr,
            [MeetingForm.OpeningKey] = "2027-03-15", [MeetingForm.ClosingKey] = "2027-03-15", [MeetingForm.TimeZoneKey] = "Europe/Paris",
            [MeetingForm.PlaceKey] = "Palais de l’Europe, Strasbourg", [MeetingForm.LinkKey] = "https://meet.example.org/returns",
            [MeetingForm.ExternalsKey] = "false", [MeetingForm.AudienceKey] = forMembers is null ? "all" : "chosen",
            [MeetingForm.MembersKey] = string.Join(",", forMembers ?? []), [MeetingForm.SlotsKey] = "3",
        };
        var agenda = items.Length > 0 ? items : [("Opening", "Ouverture")];
        for (var i = 0; i < agenda.Length; i++)
        {
            data[MeetingForm.ItemEnKey(i + 1)] = agenda[i].En;
            data[MeetingForm.ItemFrKey(i + 1)] = agenda[i].Fr;
        }
        return data;
    }

    /// The plenary the route tests convene: 15–16 March 2027 in Strasbourg, titled in English and French, for every focal
    /// point, its agenda in English ("Opening", "Return policies" unless given).
    public static JsonObject Plenary(string opening = "2027-03-15", string closing = "2027-03-16", string kind = "Plenary", params string[] items)
    {
        var data = new JsonObject
        {
            [MeetingForm.IdKey] = Id, [MeetingForm.KindKey] = kind, [MeetingForm.TitleEnKey] = "10th plenary meeting",
            [MeetingForm.TitleFrKey] = "10e réunion plénière", [MeetingForm.OpeningKey] = opening, [MeetingForm.ClosingKey] = closing,
            [MeetingForm.TimeZoneKey] = "Europe/Paris", [MeetingForm.PlaceKey] = "Palais de l’Europe, Strasbourg", [MeetingForm.LinkKey] = "https://meet.example.org/p10",
            [MeetingForm.ExternalsKey] = "false", [MeetingForm.AudienceKey] = "all",
        };
        var agenda = items.Length > 0 ? items : ["Opening", "Return policies"];
        data[MeetingForm.SlotsKey] = Math.Max(3, agenda.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < agenda.Length; i++) data[MeetingForm.ItemEnKey(i + 1)] = agenda[i];
        return data;
    }

    /// Saves the draft (the plenary unless given), which the office sees as a draft; returns it as stored.
    public static async Task<Meeting> DraftAsync(this BotApp app, JsonObject? form = null)
    {
        var card = (await app.PressAsync(MeetingRoutes.Save, form ?? Plenary())).CardJson();
        Assert.Contains(MeetingTexts.DraftTitle.En, card);
        return (await app.Service<IMeetingStore>().GetAsync(Id, default))!;
    }

    /// Saves the draft and convenes it, with the reason a late plenary needs when given; returns the meeting as stored.
    public static async Task<Meeting> ConvenedAsync(this BotApp app, JsonObject? form = null, string? reason = null)
    {
        var draft = await app.DraftAsync(form);
        var data = new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version };
        if (reason is not null) data[MeetingForm.LateReasonKey] = reason;
        await app.PressAsync(MeetingRoutes.Convene, data);
        return (await app.Service<IMeetingStore>().GetAsync(draft.Id, default))!;
    }

    public static Task<Meeting> MeetingAsync(this BotApp app) => app.Service<IMeetingStore>().GetAsync(Id, default)!;

    /// Saves the draft and convenes it; returns the meeting and the confirmation's text.
    public static async Task<(Meeting Meeting, string Confirmation)> ConveneAsync(this BotApp app, JsonObject? form = null)
    {
        await app.PressAsync(MeetingRoutes.Save, form ?? Form());
        var draft = await app.MeetingAsync();
        var confirmation = (await app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = Id, [MeetingForm.VersionKey] = draft.Version })).CardText();
        return (await app.MeetingAsync(), confirmation);
    }

    /// Issues a revised agenda with these items, from the revision form's own data; returns the office's card.
    public static async Task<string> ReviseAsync(this BotApp app, params (string En, string Fr)[] items)
    {
        var form = await app.PressAsync(MeetingRoutes.Revise, new JsonObject { [MeetingForm.IdKey] = Id });
        var issue = (JsonObject)form["value"]!["actions"]![0]!["data"]!.DeepClone();
        for (var i = 0; i < items.Length; i++)
        {
            issue[MeetingForm.ItemEnKey(i + 1)] = items[i].En;
            issue[MeetingForm.ItemFrKey(i + 1)] = items[i].Fr;
        }
        return (await app.PressAsync(MeetingRoutes.Revised, issue)).CardText();
    }

    /// Moves the meeting to this day, at this place; returns the office's card.
    public static async Task<string> MoveAsync(this BotApp app, string day, string place = "Agora, Strasbourg")
    {
        var meeting = await app.MeetingAsync();
        return (await app.PressAsync(MeetingRoutes.Moved, new JsonObject
        {
            [MeetingForm.IdKey] = Id, [MeetingForm.VersionKey] = meeting.Version, [MeetingForm.OpeningKey] = day, [MeetingForm.ClosingKey] = day,
            [MeetingForm.TimeZoneKey] = "Europe/Paris", [MeetingForm.PlaceKey] = place, [MeetingForm.LinkKey] = "https://meet.example.org/returns",
        })).CardText();
    }

    public static async Task<string> CancelAsync(this BotApp app) =>
        (await app.PressAsync(MeetingRoutes.Cancel, new JsonObject { [MeetingForm.IdKey] = Id })).CardText();

    public static async Task<string> StatusAsync(this BotApp app) =>
        (await app.PressAsync(MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = Id })).CardText();

    /// The row of one of the meeting's posts in the channel.
    public static Task<Delivery?> PostRowAsync(this BotApp app, string campaign) => app.Deliveries().GetAsync(campaign, NetworkChannel.Recipient, default);

    /// The convocation's thread in the channel ("19:…;messageid=…"), once posted.
    public static async Task<string> ThreadAsync(this BotApp app) => (await app.PostRowAsync(MeetingChannelPostCampaign.Key(Id)))!.ActivityId!;

    /// A status card's fact, as the card text reads it: the title, then its value.
    public static string Fact(string title, string value) => $"{title}\n{value}";

    /// What pressing the first button with this verb on the card a press answered with sends, as Teams merges it: the
    /// button's data and (unless it takes none) the card's inputs as filled in, with what the test types on top.
    public static JsonObject Button(this Pressed pressed, string verb, params (string Key, string Value)[] typed)
    {
        var card = pressed.Card ?? throw new InvalidOperationException(pressed.ToJsonString());
        var action = Find(card, verb) ?? throw new InvalidOperationException($"No {verb} button: {pressed.ToJsonString()}");
        var data = (JsonObject)action["data"]!.DeepClone();
        if ((string?)action["associatedInputs"] != "none")
            foreach (var input in Inputs(card).Where(i => i["value"] is not null)) data[(string)input["id"]!] = (string)input["value"]!;
        foreach (var (key, value) in typed) data[key] = value;
        return data;
    }

    static IEnumerable<JsonObject> Inputs(JsonNode node) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Inputs(n)),
        _ => [],
    };

    static JsonObject? Find(JsonNode node, string verb) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb => o,
        JsonObject o => o.Select(p => p.Value is null ? null : Find(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => n is null ? null : Find(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
