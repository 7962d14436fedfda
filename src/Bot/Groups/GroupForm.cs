using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

/// The office's form for a new group, as typed: the group's id is made when the form opens and travels in its button,
/// so a second press of "Propose" finds the group the first one saved instead of proposing it twice.
public sealed record GroupForm(string Id, string NameEn, string NameFr, string Purpose, string? PurposeTranslation, string LanguageCode, string? LeadId)
{
    // Card data keys: the group's id on every group button, and the form's inputs.
    public const string IdKey = "groupId";
    public const string MemberKey = "memberId";
    public const string NameEnKey = "nameEn";
    public const string NameFrKey = "nameFr";
    public const string PurposeKey = "purpose";
    public const string TranslationKey = "purposeTranslation";
    public const string LanguageKey = "language";
    public const string LeadKey = "lead";
    public const string InviteeKey = "invitee";

    /// An empty form for a new group, its purpose in the office member's language.
    public static GroupForm New(Language language) => new(Guid.NewGuid().ToString("N"), "", "", "", null, language.Code(), null);

    public static GroupForm From(JsonObject data, Language fallback)
    {
        string Str(string key) => JsonText.StringOf(data[key]) ?? "";
        string? Optional(string key) => Str(key) is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) ? s : null;
        var language = Languages.Parse(Str(LanguageKey)) ?? fallback;
        return new(Optional(IdKey) ?? Guid.NewGuid().ToString("N"), Str(NameEnKey), Str(NameFrKey), Str(PurposeKey), Optional(TranslationKey),
            language.Code(), Optional(LeadKey));
    }

    /// The group this form proposes, as the office typed it (trimmed), not yet saved.
    public ThematicGroup ToGroup(Member office, DateOnly today) => new()
    {
        Id = Id, NameEn = NameEn.Trim(), NameFr = NameFr.Trim(), Purpose = Purpose.Trim(), PurposeTranslation = PurposeTranslation?.Trim(),
        Language = Languages.Parse(LanguageCode) ?? Language.En, LeadId = LeadId, CreatedBy = office.Id, CreatedOn = today,
    };
}
