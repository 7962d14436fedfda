using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Decisions;

/// One round of a proposal as sent to every focal point: "decision/{procedure}/{round}". A round withdrawn, decided or
/// asked again before its row went out writes nothing (the row is closed, never sent).
public sealed class ProposalCampaign(IProcedureStore procedures, IEnumerable<IProposalSubject> subjects) : ICampaign<ProposalCampaign.Subject>
{
    public sealed record Subject(string ProcedureId, int Round);

    public static string Prefix => "decision/";

    public static string Key(Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.ProcedureId}/{s.Round}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject) => TryRound(CampaignKey.Segments(key, Prefix), out subject);

    /// "{procedure}/{round}" after a prefix, as both campaigns write it.
    internal static bool TryRound(string[]? segments, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = null;
        if (segments is not [{ Length: > 0 } id, var round] || !int.TryParse(round, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        subject = new Subject(id, n);
        return true;
    }

    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct)
    {
        if (await procedures.GetAsync(s.ProcedureId, ct) is not { IsOpen: true } procedure || procedure.Round != s.Round) return null;
        var language = member.PreferredLanguage ?? Language.En;
        if (subjects.For(procedure.Kind) is not { } subject || await subject.DescribeAsync(procedure.SubjectId, language, ct) is not { } view) return null;
        return ProactiveMessage.Card(DecisionCards.Proposal(procedure, view, language));
    }
}

/// The office is told that focal points objected, once per round: "decision-objected/{procedure}/{round}".
public sealed class ObjectedCampaign(IProcedureStore procedures, IMemberDirectory members, IEnumerable<IProposalSubject> subjects)
    : ICampaign<ProposalCampaign.Subject>
{
    public static string Prefix => "decision-objected/";

    public static string Key(ProposalCampaign.Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.ProcedureId}/{s.Round}");

    public static bool TryParse(string key, [MaybeNullWhen(false)] out ProposalCampaign.Subject subject) =>
        ProposalCampaign.TryRound(CampaignKey.Segments(key, Prefix), out subject);

    public async Task<Activity?> MessageAsync(ProposalCampaign.Subject s, Member member, CancellationToken ct)
    {
        if (await procedures.GetAsync(s.ProcedureId, ct) is not { } procedure || procedure.Round != s.Round || !Silence.IsBroken(procedure)) return null;
        var language = member.PreferredLanguage ?? Language.En;
        if (subjects.For(procedure.Kind) is not { } subject || await subject.DescribeAsync(procedure.SubjectId, language, ct) is not { } view) return null;
        return ProactiveMessage.Card(DecisionCards.Office(procedure, view, await members.ListAsync(ct), language));
    }
}
