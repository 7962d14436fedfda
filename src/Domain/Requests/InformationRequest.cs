using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// One numbered question, in the request's language and, optionally, translated into the other one. Text is kept
/// exactly as typed: no Markdown or HTML is interpreted here, and cards must show it literally too.
public sealed record Question(string Text, string? Translation = null);

public enum RequestKind { Planned, AdHoc }

public enum RequestStatus
{
    /// Being written by the office.
    Draft,
    /// Suggested by a focal point; the office approves or declines it.
    Proposed,
    /// Accepted by the office, not sent yet.
    Approved,
    /// Refused by the office, with a reason.
    Declined,
    /// Sent to the audience: answers are taken.
    Sent,
    /// Compiled and closed: no more answers.
    Closed,
}

/// Who is asked: every member state's focal points, or those of chosen states (ISO codes), or the members of a thematic
/// group (GroupId): then MemberIds are the group's focal points when the request was previewed and StateCodes their
/// states, so the request reaches only them and the compilation lists only their states.
public sealed record Audience(bool Everyone, IReadOnlyList<StateCode> StateCodes)
{
    public static Audience All { get; } = new(true, []);

    public static Audience Of(params StateCode[] stateCodes) => new(false, stateCodes);

    /// The thematic group chosen as audience; null for states or everyone.
    public string? GroupId { get; init; }

    /// The group's name in English and French when it was chosen, for the cards.
    public string? GroupNameEn { get; init; }
    public string? GroupNameFr { get; init; }

    /// The members a group audience reaches; empty for states or everyone (then every focal point of the states).
    public IReadOnlyList<string> MemberIds { get; init; } = [];

    /// A thematic group's focal points, and their states.
    public static Audience ForGroup(string groupId, string nameEn, string nameFr, IEnumerable<Member> groupMembers)
    {
        var focalPoints = groupMembers.Where(m => m is { IsActive: true, Role: MemberRole.FocalPoint, StateCode: not null }).ToList();
        return new Audience(false, [.. focalPoints.Select(m => m.StateCode!).Distinct()])
        {
            GroupId = groupId, GroupNameEn = nameEn, GroupNameFr = nameFr, MemberIds = [.. focalPoints.Select(m => m.Id)],
        };
    }

    public bool Includes(StateCode? stateCode) =>
        stateCode is { IsMemberState: true } && (Everyone || StateCodes.Contains(stateCode));

    /// Whether the request goes to this member: an active focal point of a state asked, and of the group if one was chosen.
    public bool Reaches(Member member) =>
        member is { IsActive: true, Role: MemberRole.FocalPoint } && Includes(member.StateCode) && (MemberIds.Count == 0 || MemberIds.Contains(member.Id));

    /// The states asked, in the council's order; unknown codes are left out (the validator reports them).
    public IReadOnlyList<StateCode> States() => MemberStates.All.Where(s => Includes(s.Code)).Select(s => s.Code).ToList();
}

/// A request of the SRSG office to the network: concise numbered questions with a deadline. Every text field has the
/// original (in Language) and an optional translation into the other official language.
public sealed record InformationRequest
{
    /// The record's key from the first draft on; the number comes only when the request is sent.
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public RequestNumber? Number { get; init; }
    public required string Title { get; init; }
    public string? TitleTranslation { get; init; }
    public string Background { get; init; } = "";
    public string? BackgroundTranslation { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
    public required Language Language { get; init; }
    public required DateOnly Deadline { get; init; }
    public required Audience Audience { get; init; }
    public RequestKind Kind { get; init; } = RequestKind.Planned;
    public RequestStatus Status { get; init; } = RequestStatus.Draft;
    public string? DeclineReason { get; init; }
    /// The compilation shows "State A", "State B"… instead of names.
    public bool Anonymous { get; init; }
    /// Who receives the compilation when the office releases it.
    public CompilationRecipients Recipients { get; init; } = CompilationRecipients.Audience;
    /// The day the office released the compilation to its recipients; null while only the office has it.
    public DateOnly? ReleasedOn { get; init; }
    public string? RequesterId { get; init; }
    public DateOnly? CreatedOn { get; init; }
    public DateOnly? SentOn { get; init; }
    /// Background documents the office attached (Annexing), for everyone the request reaches.
    public IReadOnlyList<Annex> Documents { get; init; } = [];

    /// The store's version of this record as it was read; null for a request not stored yet.
    public string? Version { get; init; }

    public Language TranslationLanguage => Language.Other();

    public IEnumerable<QuestionNumber> QuestionNumbers => Enumerable.Range(1, Questions.Count).Select(i => new QuestionNumber(i));

    public bool Has(QuestionNumber number) => number.Value <= Questions.Count;

    public Question this[QuestionNumber number] => Questions[number.Value - 1];
}
