using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

/// One press of the answer form for France, on a sent request with two questions (ARequest), on time by default.
static class APress
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly OnTime = new(2026, 3, 10);
    public static readonly DateOnly AfterDeadline = new(2026, 3, 23);
    public static readonly Member Lead = AMember.FocalPoint("FR", lead: true);
    public static readonly Member Alternate = AMember.FocalPoint("FR");

    public static AnswerResult Of(StateAnswer? current, AnswerAction action, int version, params QuestionAnswer[] typed) =>
        On(OnTime, RequestSettings.Default, current, action, version, typed);

    public static AnswerResult On(DateOnly today, RequestSettings settings, StateAnswer? current, AnswerAction action, int version, params QuestionAnswer[] typed) =>
        Answering.Apply(ARequest.Sent(), current, "FR", Lead, new TypedAnswer(version, Language.En, typed), action, Now, today, settings);

    /// A draft answering both questions, as stored.
    public static StateAnswer Complete() =>
        Of(null, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 300."), QuestionAnswer.NotApplicable(2)).Answer!;
}
