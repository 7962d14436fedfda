using FocalBot.Bot.Meetings;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// The report's sentence about who attended, from the counts alone, in both languages.
public sealed class AttendanceTextsTests
{
    static AttendanceFigures Figures(int present, int women = 0, int men = 0, int other = 0, int states = 0) => new(present, women, men, other,
        [.. MemberStates.All.Take(states).Select(s => (s.Code, 1))], []);

    [Theory]
    [InlineData(28, 16, 12, 0, 10, "28 participants (16 women and 12 men) from 10 member states.", "28\u00a0participants (16\u00a0femmes et 12\u00a0hommes) de 10\u00a0États membres.")]
    [InlineData(1, 1, 0, 0, 1, "1 participant (1 woman) from 1 member state.", "1\u00a0participant (1\u00a0femme) d’un État membre.")]
    [InlineData(4, 2, 1, 1, 2, "4 participants (2 women, 1 man and 1 person of another gender) from 2 member states.",
        "4\u00a0participants (2\u00a0femmes, 1\u00a0homme et 1\u00a0personne d’un autre genre) de 2\u00a0États membres.")]
    [InlineData(6, 2, 1, 0, 4, "6 participants (gender recorded for 3: 2 women and 1 man) from 4 member states.",
        "6\u00a0participants (genre consigné pour 3\u00a0: 2\u00a0femmes et 1\u00a0homme) de 4\u00a0États membres.")]
    [InlineData(3, 0, 0, 0, 0, "3 participants.", "3\u00a0participants.")]
    [InlineData(0, 0, 0, 0, 0, "0 participants.", "0\u00a0participant.")]
    public void The_sentence_says_as_much_as_the_counts_and_no_more(int present, int women, int men, int other, int states, string en, string fr)
    {
        var figures = Figures(present, women, men, other, states);

        Assert.Equal(en, AttendanceTexts.Sentence(figures, Language.En));
        Assert.Equal(fr, AttendanceTexts.Sentence(figures, Language.Fr));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void The_French_notices_agree_with_a_count_of_one_or_none_and_with_anyone_walking_in(int present)
    {
        Assert.DoesNotContain($"{present}\u00a0présents", AttendanceTexts.Saved.Format(Language.Fr, present));
        Assert.DoesNotContain($"{present}\u00a0présents", AttendanceTexts.AnnexReady.Format(Language.Fr, present));
        Assert.DoesNotContain("présente", AttendanceTexts.WalkInAdded.Format(Language.Fr, "Marc Dubois"));
        Assert.DoesNotContain("présente", AttendanceTexts.Add.In(Language.Fr));
    }
}
