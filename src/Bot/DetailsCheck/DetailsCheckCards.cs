using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.MemberDirectory;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.DetailsCheck;

public static class DetailsCheckCards
{
    /// The yearly check: the member's details as the directory shows them (with the directory's labels), and a button to confirm them.
    public static JsonObject Check(Member member, Language language) => Card.New(
        Details(member, language, DetailsCheckTexts.Title, DetailsCheckTexts.Intro.In(language)),
        [
            Card.Execute(DetailsCheckTexts.Confirm.In(language), DetailsCheckRoutes.Confirm, new JsonObject { [DetailsCheckRoutes.MemberIdKey] = member.Id }, style: "positive"),
            Card.Execute(DetailsCheckTexts.Update.In(language), DirectoryRoutes.Edit, new JsonObject { ["memberId"] = member.Id }),
        ]);

    public static JsonObject Confirmed(Member member, DateTimeOffset on, Language language) =>
        Card.New(Details(member, language, DetailsCheckTexts.Title, DetailsCheckTexts.Confirmed.Format(language, on.Date)));

    static IEnumerable<JsonNode> Details(Member m, Language language, Text title, string message)
    {
        string Or(string? value) => string.IsNullOrWhiteSpace(value) ? DetailsCheckTexts.None.In(language) : value;
        var state = MemberStates.Find(m.StateCode) is { } s ? (language == Language.Fr ? s.NameFr : s.NameEn) : null;
        yield return Card.Title(title.In(language));
        yield return Card.TextBlock(message);
        yield return Card.Facts(
        [
            (DirectoryTexts.Name.In(language), Card.Plain(m.DisplayName)),
            (DirectoryTexts.State.In(language), Or(state)),
            (DirectoryTexts.Organisation.In(language), Or(Card.Plain(m.Organisation))),
            (DirectoryTexts.JobTitle.In(language), Or(Card.Plain(m.Title))),
            (DirectoryTexts.Email.In(language), Or(Card.PlainAddress(m.Email))),
            (DirectoryTexts.Phone.In(language), Or(Card.PlainAddress(m.Phone))),
            (DetailsCheckTexts.Language.In(language), ((m.PreferredLanguage ?? language) == Language.Fr ? DirectoryTexts.French : DirectoryTexts.English).In(language)),
        ]);
    }
}
