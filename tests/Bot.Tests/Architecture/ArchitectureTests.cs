using System.Reflection;
using FocalBot.Domain.Shared;
using NetArchTest.Rules;

namespace FocalBot.Bot.Tests.Architecture;

/// The layering rules of the style guide (sections 1 and 3), read from the compiled code: every type a type refers to
/// counts, a `using` alone does not, nor a `const` (the compiler copies its value). An arrow that breaks a rule today is
/// listed below by type, with why it is there and what removes it; any other arrow fails, and so does an entry that no
/// longer matches an arrow, so the list only shrinks.
public class ArchitectureTests
{
    const string Bot = "FocalBot.Bot";
    static readonly Assembly BotAssembly = typeof(FocalBot.Bot.Protocol.Activity).Assembly;
    static readonly Assembly DomainAssembly = typeof(Language).Assembly;

    /// A feature keeps one name across Domain, Bot and the tests; it is used by no other feature.
    static readonly string[] Features = ["Requests", "Meetings", "Members", "MemberDirectory", "DetailsCheck", "Help", "Rapporteurs", "Groups", "Outcomes"];

    /// What every feature may use besides Domain; none of them uses a feature. Deliveries is the same for every
    /// campaign (its office view included), Exports keeps every produced file, Files takes in the files members send.
    static readonly string[] SharedServices = ["Protocol", "Turns", "Cards", "Storage", "Scheduling", "Exports", "Deliveries", "Decisions", "Files"];

    /// A known arrow that breaks a rule: the type using it (nested types after '/'), the namespace it uses, why it is
    /// there, and what would remove it.
    sealed record Allowed(string Type, string Uses, string Why, string RemovedBy);

    static readonly Allowed[] FeatureExceptions =
    [
        new($"{Bot}.DetailsCheck.DetailsCheckCards", $"{Bot}.MemberDirectory",
            "the yearly check shows a member's details with the directory's labels (DirectoryTexts) and opens its edit form",
            "detail labels shared with the directory (Domain/Members or Cards) and the edit verb reached through the router"),
        new($"{Bot}.Outcomes.ReportDocument", $"{Bot}.Meetings",
            "the report's annexes are the meeting's own: the timed agenda (AgendaAnnex), the participants and the report's counts (ParticipantLines, ParticipantTexts, AttendanceTexts); its place on the cover (MeetingTexts) and its folder beside the meeting's files (MeetingFileStore.Folder)",
            "the agenda and participants annexes written as Word sections by a shared service both features use"),
        new($"{Bot}.Requests.RequestSamples", $"{Bot}.Members",
            "the sample request cards are filled with the demo network's people (DemoNetwork)",
            "the samples moved beside AllCards in the tests, or the demo network moved to a shared place"),
        new($"{Bot}.Meetings.MeetingSamples", $"{Bot}.Members",
            "the sample meeting cards are filled with the demo network's people (DemoNetwork)",
            "the samples moved beside AllCards in the tests, or the demo network moved to a shared place"),
    ];

    static readonly Allowed[] SharedServiceExceptions = [];

    [Fact]
    public void Domain_uses_no_bot_namespace_nor_ASP_NET_Graph_Sqlite_or_protocol_JSON()
    {
        var result = Types.InAssembly(DomainAssembly).ShouldNot()
            .HaveDependencyOnAny(Bot, "Microsoft.AspNetCore", "Microsoft.Graph", "Microsoft.Kiota", "Microsoft.Data.Sqlite", "System.Text.Json.Nodes")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Protocol_uses_no_feature_and_no_storage()
    {
        var arrows = Arrows("Protocol", [.. Features, "Storage"]);

        AssertOnly(arrows, []);
    }

    [Fact]
    public void Storage_uses_no_feature_no_cards_and_no_turn()
    {
        // Turns uses the stores; the conversation store and the ledger are storage ports, so they live in Storage.
        var arrows = Arrows("Storage", [.. Features, "Cards", "Turns"]);

        AssertOnly(arrows, []);
    }

    [Fact]
    public void Cards_use_no_storage()
    {
        var arrows = Arrows("Cards", ["Storage"]);

        AssertOnly(arrows, []);
    }

    [Fact]
    public void A_feature_uses_another_feature_only_through_domain_or_a_shared_service()
    {
        var arrows = Features.SelectMany(feature => Arrows(feature, Features)).ToList();

        AssertOnly(arrows, FeatureExceptions);
    }

    [Fact]
    public void A_shared_service_uses_no_feature()
    {
        // Otherwise "through a shared service" would be a way round the rule above.
        var arrows = SharedServices.SelectMany(service => Arrows(service, Features)).ToList();

        AssertOnly(arrows, SharedServiceExceptions);
    }

    [Fact]
    public void Every_bot_namespace_is_a_feature_or_a_shared_service()
    {
        // A new folder must be placed on one side, or the rules above would not see it.
        var known = Features.Concat(SharedServices).Select(Ns).ToList();

        var unplaced = Types.InAssembly(BotAssembly).GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith(Bot + ".", StringComparison.Ordinal))
            .Where(ns => !known.Any(k => ns == k || ns.StartsWith(k + ".", StringComparison.Ordinal)))
            .Distinct().ToList();

        Assert.True(unplaced.Count == 0, $"Place these namespaces in Features or SharedServices: {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void The_rules_see_real_arrows_and_every_named_namespace_has_types()
    {
        // Guards the checks above against passing for nothing: a misspelt or renamed namespace has no types.
        foreach (var ns in Features.Concat(SharedServices))
            Assert.True(Types.InAssembly(BotAssembly).That().ResideInNamespace(Ns(ns)).GetTypes().Any(), $"no types in {Ns(ns)}");

        Assert.Contains(($"{Bot}.Meetings.MeetingCards", Ns("Cards")), Arrows("Meetings", ["Cards"]));
        Assert.Contains(($"{Bot}.Storage.StorageSetup", Ns("Storage.Sqlite")), Arrows("Storage", ["Storage.Sqlite"]));
    }

    static string Ns(string folder) => $"{Bot}.{folder}";

    /// Every (type, namespace) arrow from the types of one folder to the given folders, itself excepted.
    static List<(string Type, string Uses)> Arrows(string from, IEnumerable<string> to) =>
        [.. to.Where(t => t != from).SelectMany(target =>
            (Types.InAssembly(BotAssembly).That().ResideInNamespace(Ns(from)).ShouldNot().HaveDependencyOn(Ns(target))
                .GetResult().FailingTypeNames ?? []).Select(type => (type, Ns(target))))];

    static void AssertOnly(IReadOnlyCollection<(string Type, string Uses)> arrows, IReadOnlyCollection<Allowed> allowed)
    {
        var listed = allowed.Select(a => (a.Type, a.Uses)).ToList();
        var unexpected = arrows.Except(listed).Select(a => $"{a.Type} uses {a.Uses}").ToList();
        var stale = listed.Except(arrows).Select(a => $"{a.Type} no longer uses {a.Uses}: remove its exception").ToList();

        Assert.True(unexpected.Count == 0, "Arrows that break the rule:\n" + string.Join("\n", unexpected));
        Assert.True(stale.Count == 0, string.Join("\n", stale));
    }

    static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
