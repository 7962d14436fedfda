using FocalBot.Domain.Decisions;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Decisions;

/// What a proposal put to the network is about, as the feature that made it describes and applies it: one per
/// ProposalKind, registered by that feature (AddProposalSubject). Decisions knows no feature; features know Decisions.
public interface IProposalSubject
{
    ProposalKind Kind { get; }

    /// The proposal as a focal point reads it, in their language; null when the subject is gone.
    Task<ProposalView?> DescribeAsync(string subjectId, Language language, CancellationToken ct);

    /// The network decided: the subject takes effect (the group is created, the call opens) and the feature tells the
    /// network. Called on every job tick while the procedure stands adopted, so it must do its work once and then nothing.
    Task AdoptedAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct);

    /// The office withdrew the proposal: the subject is withdrawn too. Called again like AdoptedAsync.
    Task WithdrawnAsync(SilenceProcedure procedure, DateOnly today, CancellationToken ct);
}

/// A proposal as a card shows it: its title, its facts ("Posts: 2") and its text, all in the reader's language and
/// kept as typed (cards show them as plain text).
public sealed record ProposalView(string Title, IReadOnlyList<(string Label, string Value)> Facts, string Body);

public static class ProposalSubjects
{
    /// Who the audit log names for what the network decided by silence: no member pressed anything.
    public const string NetworkActor = "#network";

    /// Registers a feature's subject for its kind of proposal.
    public static IServiceCollection AddProposalSubject<TSubject>(this IServiceCollection services) where TSubject : class, IProposalSubject =>
        services.AddSingleton<TSubject>().AddSingleton<IProposalSubject>(sp => sp.GetRequiredService<TSubject>());

    /// The subject of a kind, or null when no feature registered one.
    public static IProposalSubject? For(this IEnumerable<IProposalSubject> subjects, ProposalKind kind) => subjects.FirstOrDefault(s => s.Kind == kind);
}
