using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Help;

/// Welcome on install, the help card, the language switch and the answer to what nobody understood.
public static class HelpRoutes
{
    public const string Language = "help.language";

    public static void Map(TurnRouter routes) => routes
        .OnInstall((turn, ct) => WelcomeAsync(turn, turn.Get<IConversationStore>(), ct))
        .OnCommand(HelpTexts.HelpCommand, HelpTexts.HelpCommandDescription, Guard.AnyMember, (turn, ct) => turn.SendCardAsync(HelpCards.Help(routes.Described, turn.Language), ct))
        .OnExecute(Language, Guard.AnyMember, (turn, member, ct) => SwitchLanguageAsync(turn, member, routes.Described, turn.Get<IMemberDirectory>(), turn.Get<IAuditLog>(), turn.Get<TimeProvider>(), ct))
        .OnUnknownCommand((turn, ct) => turn.SendTextAsync(HelpTexts.NotUnderstood.In(turn.Language), ct));

    /// Teams sends both installationUpdate and conversationUpdate on install, and the Playground repeats them on every
    /// page load: the welcome goes once per installation.
    internal static async Task WelcomeAsync(TurnContext turn, IConversationStore conversations, CancellationToken ct)
    {
        if (!await conversations.TryMarkWelcomedAsync(ConversationReference.WithoutThread(turn.Conversation.ConversationId), ct)) return;
        await turn.SendCardAsync(HelpCards.Welcome(turn.Language), ct);
    }

    public const string AuditLanguageChanged = "member.language.changed";

    /// The help card in the language chosen, which becomes the member's from now on.
    internal static async Task<InvokeResponse> SwitchLanguageAsync(TurnContext turn, Member member, IReadOnlyList<CommandInfo> commands, IMemberDirectory members,
        IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var chosen = Languages.Parse(turn.Data("language")) ?? turn.Language.Other();
        if (member.PreferredLanguage != chosen)
        {
            await members.UpdateAsync(member.Id, m => m with { PreferredLanguage = chosen }, ct);   // saved before the card says so
            await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), member.Id, AuditLanguageChanged, "member", member.Id), ct);
        }
        return InvokeResponse.Card(HelpCards.Help(commands, chosen));
    }
}
