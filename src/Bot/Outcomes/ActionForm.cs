using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Outcomes;

/// The office's form for a new action, as typed: the action's id is made when the form opens and travels in its
/// button, so a second press of "Add the action" finds the action the first one saved instead of adding it twice.
public sealed record ActionForm(string Id, string MeetingId, string RecommendationId, string WhatEn, string WhatFr, string OwnerChoice, string DueText)
{
    // Card data keys: the ids on the buttons, and the inputs.
    public const string IdKey = "actionId";
    public const string MeetingKey = "meetingId";
    public const string RecommendationKey = "recommendationId";
    public const string WhatEnKey = "whatEn";
    public const string WhatFrKey = "whatFr";
    public const string OwnerKey = "owner";
    public const string DueKey = "due";
    public const string NoteKey = "note";
    public const string NewDueKey = "newDue";
    public const string NumberKey = "n";
    public const string DraftKey = "draftId";

    public static ActionForm New(string meetingId, string recommendationId) =>
        new(Guid.NewGuid().ToString("N"), meetingId, recommendationId, "", "", "", "");

    public static ActionForm From(JsonObject data)
    {
        string Str(string key) => JsonText.StringOf(data[key]) ?? "";
        return new(Str(IdKey) is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N"), Str(MeetingKey), Str(RecommendationKey),
            Str(WhatEnKey), Str(WhatFrKey), Str(OwnerKey), Str(DueKey));
    }

    public BilingualText What => new(WhatEn, WhatFr);

    public ActionOwner? Owner => ActionOwner.Parse(OwnerChoice);

    public DateOnly? Due => Day(DueText);

    /// A date as Input.Date sends it (yyyy-MM-dd); null for anything else.
    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
