using System.Text.Json.Nodes;
using FocalBot.Bot.Help;
using FocalBot.Bot.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Members;

/// The office adds, changes, replaces and retires members through cards; each change is checked against the
/// network's rules, saved on the version read, and audited.
public sealed class MembershipRoutesTests : IDisposable
{
    const string NewcomerAad = OfficeApp.NewcomerAad;
    readonly BotApp _app = OfficeApp.New();

    public void Dispose() => _app.Dispose();

    static JsonObject Austria(string aad = NewcomerAad, bool lead = false, string state = "AT") => OfficeApp.Austria(aad, lead, state);

    [Fact]
    public async Task The_office_adds_a_member_who_is_stored_audited_and_can_then_use_the_bot()
    {
        var before = await _app.PostAsync(Payload.PersonalMessage("help").From(NewcomerAad).Locale("en-GB"));

        var body = await _app.PressAsync(MemberRoutes.Create, Austria());
        await _app.PostAsync(Payload.PersonalMessage("help").From(NewcomerAad).Locale("en-GB"));

        Assert.Contains(MemberTexts.Added.Format(FocalBot.Domain.Shared.Language.En, "Anna Gruber"), body.CardJson());
        var anna = await _app.Members.FindByAadAsync(Payload.TenantId, NewcomerAad, default);
        Assert.NotNull(anna);
        Assert.Equal((MemberRole.FocalPoint, "AT", "anna.gruber@bmi.example", new DateOnly(2026, 11, 23), (FocalBot.Domain.Shared.Language?)null),
            (anna.Role, anna.StateCode, anna.Email, anna.JoinedOn, anna.PreferredLanguage));
        var entry = Assert.Single(await _app.AuditAsync());
        Assert.Equal(("m-sophie", MemberRoutes.AuditAdded, "member", anna.Id), (entry.ActorId, entry.Action, entry.SubjectType, entry.SubjectId));
        var sends = _app.Connector.Sends;
        Assert.Equal(TurnTexts.NotAMember.En, sends[0].Activity.Text);
        Assert.Contains(HelpTexts.HelpTitle.En, sends[1].Shown);
    }

    [Fact]
    public async Task Invalid_input_comes_back_in_the_card_in_the_office_language_and_nothing_is_stored()
    {
        var data = Austria();
        data["state"] = "";
        data["email"] = "anna.gruber(at)bmi";
        data["aadObjectId"] = "not-a-guid";

        var card = (await _app.PressAsync(MemberRoutes.Create, data)).CardJson();

        Assert.Contains(MemberTexts.FixThis.En, card);
        Assert.Contains(MemberTexts.DetailStateMissing.En, card);
        Assert.Contains(MemberTexts.DetailEmailInvalid.En, card);
        Assert.Contains(MemberTexts.DetailIdentityInvalid.En, card);
        Assert.Contains("\"value\":\"Anna Gruber\"", card);   // what was typed stays in the form
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
        Assert.Empty(await _app.AuditAsync());
    }

    [Theory]
    [InlineData("us")]
    [InlineData(" Narnia ")]
    public async Task A_state_that_is_no_member_state_is_refused_with_its_message_and_nothing_is_stored(string state)
    {
        var card = (await _app.PressAsync(MemberRoutes.Create, Austria(state: state))).CardJson();

        Assert.Contains(MemberTexts.DetailStateUnknown.En, card);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
        Assert.Empty(await _app.AuditAsync());
    }

    [Fact]
    public async Task A_state_typed_in_lower_case_with_spaces_is_stored_as_its_code()
    {
        await _app.PressAsync(MemberRoutes.Create, Austria(state: " at "));

        var anna = await _app.Members.FindByAadAsync(Payload.TenantId, NewcomerAad, default);
        Assert.Equal("AT", anna?.StateCode?.Value);
    }

    [Fact]
    public async Task A_second_member_with_a_known_identity_or_email_is_refused()
    {
        var sameIdentity = (await _app.PressAsync(MemberRoutes.Create, Austria(aad: Payload.JonasAad.ToUpperInvariant()))).CardJson();
        var sameEmail = Austria();
        sameEmail["email"] = "Jonas.Weber@bmi.example";
        var sameMail = (await _app.PressAsync(MemberRoutes.Create, sameEmail)).CardJson();

        Assert.Contains(MemberTexts.Duplicate.En, sameIdentity);
        Assert.Contains(MemberTexts.RuleEmailTaken.En, sameMail);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
    }

    [Fact]
    public async Task A_member_without_entra_id_is_stored_pending_and_cannot_use_the_bot_yet()
    {
        var data = Austria(aad: "");

        var card = (await _app.PressAsync(MemberRoutes.Create, data)).CardJson();

        Assert.Contains(MemberTexts.IdentityPending.En, card);
        var anna = (await _app.EveryoneAsync()).Single(m => m.DisplayName == "Anna Gruber");
        Assert.Equal(("", ""), (anna.AadObjectId, anna.TenantId));
    }

    [Fact]
    public async Task A_new_lead_takes_the_lead_from_the_states_previous_lead()
    {
        var card = (await _app.PressAsync(MemberRoutes.Create, Austria(lead: true, state: "FR"))).CardJson();

        var everyone = await _app.EveryoneAsync();
        Assert.Equal(["Anna Gruber"], everyone.Where(m => m.IsLead).Select(m => m.DisplayName));
        Assert.Contains(MemberTexts.NoLongerLead.Format(FocalBot.Domain.Shared.Language.En, "Élise Moreau"), card);
        Assert.Contains(await _app.AuditAsync(), e => e.Action == MemberRoutes.AuditLeadRemoved && e.SubjectId == "m-elise");
    }

    /// "Today" is the network's day, in Calendar:TimeZone, as everywhere else: at 03:30 UTC on 24 November it is still
    /// the 23rd in New York, already the 24th in Strasbourg.
    [Theory]
    [InlineData("America/New_York", 23)]
    [InlineData("Europe/Paris", 24)]
    public async Task A_member_retires_on_the_networks_day(string zone, int day)
    {
        using var app = OfficeApp.New().Setting("Calendar:TimeZone", zone);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 3, 30, 0, TimeSpan.Zero));

        await app.PressAsync(MemberRoutes.Retired, new JsonObject { ["memberId"] = "m-elise" });

        Assert.Equal(new DateOnly(2026, 11, day), (await app.Members.GetAsync("m-elise", default))!.LeftOn);
    }

    [Fact]
    public async Task Retiring_asks_first_then_retires_as_of_today_and_the_member_is_refused_after()
    {
        var picker = (await _app.PressAsync(MemberRoutes.Retire, new JsonObject())).CardJson();
        var confirm = (await _app.PressAsync(MemberRoutes.Retire, new JsonObject { ["memberId"] = "m-elise" })).CardJson();
        var stillActive = (await _app.Members.GetAsync("m-elise", default))!.IsActive;
        var done = (await _app.PressAsync(MemberRoutes.Retired, new JsonObject { ["memberId"] = "m-elise" })).CardJson();
        await _app.PostAsync(Payload.PersonalMessage("aide"));

        Assert.Contains("Élise Moreau", picker);
        Assert.DoesNotContain("Sophie Laurent", picker);   // the office does not retire itself
        Assert.Contains(MemberRoutes.Retired, confirm);
        Assert.True(stillActive);
        var elise = (await _app.Members.GetAsync("m-elise", default))!;
        Assert.Equal((MemberStatus.Left, new DateOnly(2026, 11, 23), false), (elise.Status, elise.LeftOn, elise.IsLead));
        Assert.Contains("23 November 2026", done);
        Assert.Contains(MemberTexts.StateWithoutLeadNow.Format(FocalBot.Domain.Shared.Language.En, "France"), done);
        Assert.Equal(TurnTexts.NotAMember.Fr, Assert.Single(_app.Connector.Sends).Activity.Text);
        Assert.Contains(await _app.AuditAsync(), e => e.Action == MemberRoutes.AuditRetired && e.SubjectId == "m-elise");
    }

    [Fact]
    public async Task The_office_cannot_retire_itself_even_with_forged_data()
    {
        var card = (await _app.PressAsync(MemberRoutes.Retired, new JsonObject { ["memberId"] = "m-sophie" })).CardJson();

        Assert.Contains(MemberTexts.RuleRetiringSelf.En, card);
        Assert.True((await _app.Members.GetAsync("m-sophie", default))!.IsActive);
        Assert.Empty(await _app.AuditAsync());
    }

    [Fact]
    public async Task Changing_a_role_or_lead_passes_the_lead_on_and_is_audited()
    {
        var form = (await _app.PressAsync(MemberRoutes.Change, new JsonObject { ["memberId"] = "m-jonas" })).CardJson();

        var card = (await _app.PressAsync(MemberRoutes.Changed, new JsonObject { ["memberId"] = "m-jonas", ["role"] = "FocalPoint", ["state"] = "FR", ["lead"] = "true" })).CardJson();

        Assert.Contains("\"value\":\"DE\"", form);   // the form starts from what the directory has
        var everyone = await _app.EveryoneAsync();
        Assert.Equal(("FR", true), (everyone.Single(m => m.Id == "m-jonas").StateCode, everyone.Single(m => m.Id == "m-jonas").IsLead));
        Assert.False(everyone.Single(m => m.Id == "m-elise").IsLead);
        Assert.Contains(MemberTexts.NoLongerLead.Format(FocalBot.Domain.Shared.Language.En, "Élise Moreau"), card);
        Assert.Equal([(MemberRoutes.AuditChanged, "m-jonas"), (MemberRoutes.AuditLeadRemoved, "m-elise")],
            (await _app.AuditAsync()).Reverse().Select(e => (e.Action, e.SubjectId)));
    }

    [Fact]
    public async Task A_role_change_against_the_rules_saves_nothing()
    {
        var expertLead = (await _app.PressAsync(MemberRoutes.Changed, new JsonObject { ["memberId"] = "m-elise", ["role"] = "Expert", ["state"] = "FR", ["lead"] = "true" })).CardJson();
        var self = (await _app.PressAsync(MemberRoutes.Changed, new JsonObject { ["memberId"] = "m-sophie", ["role"] = "FocalPoint", ["state"] = "FR", ["lead"] = "false" })).CardJson();

        Assert.Contains(MemberTexts.RuleLeadNotFocalPoint.En, expertLead);
        Assert.Contains(MemberTexts.RuleChangingSelf.En, self);
        Assert.Equal(MemberRole.FocalPoint, (await _app.Members.GetAsync("m-elise", default))!.Role);
        Assert.Equal(MemberRole.Office, (await _app.Members.GetAsync("m-sophie", default))!.Role);
        Assert.Empty(await _app.AuditAsync());
    }

    [Fact]
    public async Task Replacing_a_lead_focal_point_retires_her_and_passes_the_state_and_lead_on()
    {
        var form = (await _app.PressAsync(MemberRoutes.Replace, new JsonObject())).CardJson();
        var data = Austria();
        data["outgoingId"] = "m-elise";
        data["name"] = "Camille Durand";
        data["email"] = "camille.durand@interieur.example";

        var card = (await _app.PressAsync(MemberRoutes.Replaced, data)).CardJson();

        Assert.Contains("Élise Moreau — Focal point, France, lead", form);
        var everyone = await _app.EveryoneAsync();
        var camille = everyone.Single(m => m.DisplayName == "Camille Durand");
        Assert.Equal((MemberRole.FocalPoint, "FR", true, MemberStatus.Active), (camille.Role, camille.StateCode, camille.IsLead, camille.Status));
        Assert.Equal((MemberStatus.Left, false), (everyone.Single(m => m.Id == "m-elise").Status, everyone.Single(m => m.Id == "m-elise").IsLead));
        Assert.Contains(MemberTexts.Replaced.Format(FocalBot.Domain.Shared.Language.En, "Camille Durand", "Élise Moreau", "France"), card);
        Assert.Equal([MemberRoutes.AuditAdded, MemberRoutes.AuditRetired], (await _app.AuditAsync()).Reverse().Select(e => e.Action));
    }

    [Fact]
    public async Task A_replacement_with_problems_saves_nothing()
    {
        var data = Austria();
        data["outgoingId"] = "m-elise";
        data["name"] = "";

        var card = (await _app.PressAsync(MemberRoutes.Replaced, data)).CardJson();

        Assert.Contains(MemberTexts.DetailNameMissing.En, card);
        Assert.True((await _app.Members.GetAsync("m-elise", default))!.IsActive);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
    }

    [Fact]
    public async Task A_retired_member_comes_back_on_their_record_when_added_again()
    {
        await _app.PressAsync(MemberRoutes.Retired, new JsonObject { ["memberId"] = "m-jonas" });
        var data = Austria(aad: Payload.JonasAad, state: "DE");
        data["name"] = "Jonas Weber";

        var card = (await _app.PressAsync(MemberRoutes.Create, data)).CardJson();

        Assert.Contains(MemberTexts.Rejoined.Format(FocalBot.Domain.Shared.Language.En, "Jonas Weber"), card);
        var jonas = (await _app.Members.GetAsync("m-jonas", default))!;
        Assert.Equal((MemberStatus.Active, (DateOnly?)null), (jonas.Status, jonas.LeftOn));
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
        Assert.Equal(MemberRoutes.AuditRejoined, (await _app.AuditAsync())[0].Action);
    }

    [Fact]
    public async Task A_confirmation_naming_nobody_is_answered_and_changes_nothing()
    {
        var retired = await _app.PressAsync(MemberRoutes.Retired, new JsonObject { ["memberId"] = "m-nobody" });
        var changed = await _app.PressAsync(MemberRoutes.Changed, new JsonObject { ["memberId"] = "m-nobody", ["role"] = "FocalPoint", ["state"] = "FR" });

        Assert.Equal((MemberTexts.MemberNotFound.En, MemberTexts.MemberNotFound.En), (retired.Message, changed.Message));
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
        Assert.Empty(await _app.AuditAsync());
    }
}
