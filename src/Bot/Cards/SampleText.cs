using System.Diagnostics.CodeAnalysis;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Cards;

/// What members typed, in the sample data of AllCards: every name, organisation, title, answer, suggestion, reason,
/// place or agenda item a sample shows passes through here. As typed for the rendered samples; a test gives hostile
/// text instead and so reaches every such field of every card at once, without a copy of the samples.
public sealed class SampleText(Func<string, string> typed)
{
    public static SampleText AsTyped { get; } = new(text => text);

    /// An empty text stays empty: a card that leaves out what is missing keeps its shape.
    [return: NotNullIfNotNull(nameof(text))]
    public string? Text(string? text) => string.IsNullOrEmpty(text) ? text : typed(text);

    public Member Member(Member m) => m with
    {
        DisplayName = Text(m.DisplayName), Organisation = Text(m.Organisation), Title = Text(m.Title), Email = Text(m.Email), Phone = Text(m.Phone),
    };

    public IReadOnlyList<Member> Members(IEnumerable<Member> members) => [.. members.Select(Member)];

    public BilingualText Bilingual(BilingualText text) => new(Text(text.En), Text(text.Fr));
}
