using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.MemberDirectory;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.MemberDirectory.DirectoryCardReader;

namespace FocalBot.Bot.Tests.MemberDirectory;

/// The directory as members use it in Teams: Élise (French focal point, lead for France) and Jonas (Germany) by default.
public sealed class DirectoryRoutesTests : IDisposable
{
    readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Directory_in_English_groups_the_office_first_then_states_by_English_name_then_experts()
    {
        await GivenNetworkAsync();
        await _app.Given(AMember.Jonas(Language.En));

        var card = await CommandAsync("directory", Payload.JonasAad);

        Assert.Contains(DirectoryTexts.Title.En, CardText.Of(card));
        Assert.Equal(["Office of the SRSG", "Belgium", "France", "Germany", "Invited experts"], Headings(card));
        Assert.Equal(["m-sophie", "m-luc", "m-elise", "m-anne", "m-jonas", "m-ana"], Listed(card));
        Assert.Contains("Ministère de l’Intérieur · lead", CardText.Of(card));
        Assert.Contains("Préfecture du Bas-Rhin · alternate", CardText.Of(card));
    }

    [Fact]
    public async Task Annuaire_in_French_sorts_states_by_their_French_names()
    {
        await GivenNetworkAsync();

        var card = await CommandAsync("annuaire");

        Assert.Contains(DirectoryTexts.Title.Fr, CardText.Of(card));
        Assert.Equal(["Bureau de la RSSG", "Allemagne", "Belgique", "France", "Experts invités"], Headings(card));
        Assert.Equal(["m-sophie", "m-jonas", "m-luc", "m-elise", "m-anne", "m-ana"], Listed(card));
        Assert.Contains("Ministère de l’Intérieur · principal", CardText.Of(card));
    }

    [Fact]
    public async Task Retired_members_are_not_listed()
    {
        await GivenNetworkAsync();
        await _app.Given(AMember.FocalPoint("m-luc", "Luc Peeters", "BE", lead: true) with { Status = MemberStatus.Left });

        var card = await CommandAsync("annuaire");

        Assert.DoesNotContain("m-luc", Listed(card));
        Assert.DoesNotContain("Belgique", Headings(card));
    }

    [Theory]
    [InlineData("annuaire allemagne", "m-jonas")]
    [InlineData("annuaire DE", "m-jonas")]
    [InlineData("annuaire elise", "m-elise")]
    [InlineData("annuaire ÉLISE", "m-elise")]
    [InlineData("annuaire prefecture", "m-anne")]
    [InlineData("directory belgium", "m-luc")]
    public async Task The_command_searches_by_name_state_or_organisation_whatever_the_accents(string text, string found)
    {
        await GivenNetworkAsync();

        var card = await CommandAsync(text);

        Assert.Equal([found], Listed(card));
    }

    [Fact]
    public async Task A_search_with_no_hit_says_so()
    {
        await GivenNetworkAsync();

        var card = await CommandAsync("annuaire zzz");

        Assert.Empty(Listed(card));
        Assert.Contains(DirectoryTexts.NoMatch.Format(Language.Fr, "zzz"), CardText.Of(card));
    }

    [Fact]
    public async Task The_search_box_answers_with_the_filtered_card_and_show_everyone_clears_it()
    {
        await GivenNetworkAsync();
        var card = await CommandAsync("annuaire");
        Assert.NotNull(Execute(card, DirectoryRoutes.Search));

        var found = await CardAsync(DirectoryRoutes.Search, new JsonObject { [DirectoryCards.QueryInput] = "moreau" });
        var all = await CardAsync(DirectoryRoutes.Page, Execute(found, DirectoryRoutes.Page)!["data"]!.AsObject());

        Assert.Equal(["m-elise"], Listed(found));
        Assert.Equal(6, Listed(all).Count);
    }

    [Fact]
    public async Task Fifty_members_come_in_pages_of_twenty_with_next_and_previous()
    {
        await _app.Given(AMember.Sophie());   // with Élise and Jonas, and 47 more
        foreach (var i in Enumerable.Range(0, 47))
            await _app.Given(AMember.FocalPoint($"m-{i:D2}", $"Member {i:D2}", MemberStates.All[i % MemberStates.All.Count].Code.Value));

        var first = await CommandAsync("annuaire");
        var second = await CardAsync(DirectoryRoutes.Page, Button(first, DirectoryTexts.Next.Fr));
        var third = await CardAsync(DirectoryRoutes.Page, Button(second, DirectoryTexts.Next.Fr));
        var back = await CardAsync(DirectoryRoutes.Page, Button(third, DirectoryTexts.Previous.Fr));

        Assert.Equal([20, 20, 10], new[] { first, second, third }.Select(c => Listed(c).Count));
        Assert.Equal(50, new[] { first, second, third }.SelectMany(Listed).Distinct().Count());
        Assert.Contains(DirectoryTexts.PageOf.Format(Language.Fr, 2, 3), CardText.Of(second));
        Assert.Equal(Listed(second), Listed(back));
        Assert.Null(Execute(first, DirectoryRoutes.Page, title: DirectoryTexts.Previous.Fr));
        Assert.Null(Execute(third, DirectoryRoutes.Page, title: DirectoryTexts.Next.Fr));
    }

    [Fact]
    public async Task The_contact_card_links_the_e_mail_and_phone_and_shows_the_role()
    {
        await _app.Given(AMember.Jonas() with { Phone = "+49 30 18681-0", Organisation = "Federal Ministry of the Interior", Title = "Policy Officer" });
        var directory = await CommandAsync("annuaire");

        var card = await CardAsync(DirectoryRoutes.Contact, Execute(directory, DirectoryRoutes.Contact, "m-jonas")!["data"]!.AsObject());

        var text = CardText.Of(card);
        Assert.Contains("Jonas Weber", text);
        Assert.Contains("[jonas.weber@bmi.example](mailto:jonas.weber@bmi.example)", text);
        Assert.Contains("[+49 30 18681-0](tel:+4930186810)", text);
        Assert.Contains(DirectoryTexts.RoleAlternate.Fr, text);
        Assert.Contains("Allemagne", text);
        Assert.Contains("Policy Officer", text);
        Assert.Null(Execute(card, DirectoryRoutes.Edit));   // Élise may not edit Jonas
    }

    [Fact]
    public async Task A_member_sees_an_edit_button_on_their_own_contact_card_and_the_office_on_anyones()
    {
        await _app.Given(AMember.Sophie());

        var own = await CardAsync(DirectoryRoutes.Contact, new JsonObject { ["memberId"] = "m-elise" });
        var byOffice = await CardAsync(DirectoryRoutes.Contact, new JsonObject { ["memberId"] = "m-jonas" }, AMember.SophieAad);

        Assert.NotNull(Execute(own, DirectoryRoutes.Edit, "m-elise"));
        Assert.NotNull(Execute(byOffice, DirectoryRoutes.Edit, "m-jonas"));
    }

    [Fact]
    public async Task A_contact_card_names_the_thematic_groups_the_member_is_in_only()
    {
        await _app.Given(AMember.Jonas(Language.Fr));
        var groups = _app.Service<IGroupStore>();
        await groups.SaveAsync(AGroup("g1", "Return and readmission", "Retour et réadmission", GroupMemberStatus.Member), default);
        await groups.SaveAsync(AGroup("g2", "Statelessness", "Apatridie", GroupMemberStatus.Invited), default);
        await groups.SaveAsync(AGroup("g3", "Integration", "Intégration", GroupMemberStatus.Member) with { Status = GroupStatus.Withdrawn }, default);

        var card = CardText.Of(await CardAsync(DirectoryRoutes.Contact, new JsonObject { ["memberId"] = "m-elise" }, Payload.JonasAad));

        Assert.Contains("Groupes thématiques\nRetour et réadmission\n", card);
        Assert.DoesNotContain("Apatridie", card);
        Assert.DoesNotContain("Intégration", card);
    }

    static ThematicGroup AGroup(string id, string en, string fr, GroupMemberStatus elise) => new()
    {
        Id = id, NameEn = en, NameFr = fr, Purpose = "Share practice.", Language = Language.En, Status = GroupStatus.Active, CreatedBy = "m-sophie",
        CreatedOn = new DateOnly(2026, 11, 2), People = [new GroupMembership("m-elise", elise, new DateOnly(2026, 11, 3))],
    };

    [Fact]
    public async Task An_invited_expert_is_refused_the_directory_and_others_contact_cards_in_their_language()
    {
        await _app.Given(AMember.Ana(Language.Fr));

        await _app.PostAsync(Payload.PersonalMessage("directory").From(AMember.AnaAad));
        var contact = await InvokeAsync(DirectoryRoutes.Contact, new JsonObject { ["memberId"] = "m-elise" }, AMember.AnaAad);
        var search = await InvokeAsync(DirectoryRoutes.Search, new JsonObject { ["query"] = "" }, AMember.AnaAad);

        Assert.Equal(DirectoryTexts.NotForYou.Fr, Assert.Single(_app.Connector.Sends).Activity.Text);
        Assert.Equal(DirectoryTexts.NotForYou.Fr, (string?)contact["value"]);
        Assert.Equal(DirectoryTexts.NotForYou.Fr, (string?)search["value"]);
    }

    [Fact]
    public async Task In_a_channel_the_directory_is_not_shown_to_everyone_there()
    {
        await _app.PostAsync(Payload.ChannelMention("directory"));

        var sent = Assert.Single(_app.Connector.Sends);
        Assert.Null(sent.Card);
        Assert.Equal(DirectoryTexts.OnlyInPersonalChat.En, sent.Activity.Text);
    }

    [Fact]
    public async Task Edit_opens_the_form_with_the_current_details_and_version()
    {
        var elise = await _app.Given(AMember.Elise() with { Organisation = "Ministère de l’Intérieur" });

        var form = await CardAsync(DirectoryRoutes.Edit, new JsonObject { ["memberId"] = "m-elise" });

        Assert.Contains("Ministère de l’Intérieur", CardText.Of(form));
        Assert.Equal(elise.Version, (string?)Execute(form, DirectoryRoutes.Save)!["data"]!["version"]);
    }

    [Fact]
    public async Task A_focal_point_saves_their_own_details_and_the_change_is_audited_by_ids()
    {
        var elise = await _app.Given(AMember.Elise());

        var card = await CardAsync(DirectoryRoutes.Save, Form(elise, organisation: "  Ministère de l’Intérieur ", phone: "+33 1 40 07 60 60", email: "Elise.Moreau@Interieur.example"));

        Assert.Contains(DirectoryTexts.Saved.Fr, CardText.Of(card));
        Assert.Contains("[+33 1 40 07 60 60](tel:+33140076060)", CardText.Of(card));
        var stored = (await _app.Members.GetAsync("m-elise", default))!;
        Assert.Equal(("Ministère de l’Intérieur", "+33 1 40 07 60 60", "elise.moreau@interieur.example"), (stored.Organisation, stored.Phone, stored.Email));
        var entry = Assert.Single(await _app.Service<Domain.Audit.IAuditLog>().ListAsync(10, default));
        Assert.Equal(("m-elise", DirectoryRoutes.DetailsUpdated, "member", "m-elise"), (entry.ActorId, entry.Action, entry.SubjectType, entry.SubjectId));
        Assert.Equal(_app.Clock.GetUtcNow(), entry.At);
    }

    [Fact]
    public async Task A_focal_point_cannot_change_their_role_state_or_lead_mark_through_the_form()
    {
        var elise = await _app.Given(AMember.Elise());
        var forged = Form(elise);
        forged["role"] = "Office";
        forged["stateCode"] = "IT";
        forged["isLead"] = false;
        forged["aadObjectId"] = Payload.JonasAad;

        await CardAsync(DirectoryRoutes.Save, forged);

        var stored = (await _app.Members.GetAsync("m-elise", default))!;
        Assert.Equal((MemberRole.FocalPoint, "FR", true, Payload.EliseAad), (stored.Role, stored.StateCode, stored.IsLead, stored.AadObjectId));
    }

    [Fact]
    public async Task A_focal_point_editing_someone_else_is_refused_and_nothing_changes()
    {
        var jonas = await _app.Given(AMember.Jonas());

        var edit = await InvokeAsync(DirectoryRoutes.Edit, new JsonObject { ["memberId"] = "m-jonas" });
        var save = await InvokeAsync(DirectoryRoutes.Save, Form(jonas, organisation: "Hacked"));

        Assert.Equal(DirectoryTexts.MayNotEdit.Fr, (string?)edit["value"]);
        Assert.Equal(DirectoryTexts.MayNotEdit.Fr, (string?)save["value"]);
        Assert.Equal(jonas, await _app.Members.GetAsync("m-jonas", default));
        Assert.Empty(await _app.Service<Domain.Audit.IAuditLog>().ListAsync(10, default));
    }

    [Fact]
    public async Task The_office_saves_another_members_details()
    {
        await _app.Given(AMember.Sophie());
        var jonas = await _app.Given(AMember.Jonas());

        var card = await CardAsync(DirectoryRoutes.Save, Form(jonas, title: "Head of Unit"), AMember.SophieAad);

        Assert.Contains(DirectoryTexts.Saved.En, CardText.Of(card));
        Assert.Equal("Head of Unit", (await _app.Members.GetAsync("m-jonas", default))!.Title);
        Assert.Equal("m-sophie", Assert.Single(await _app.Service<Domain.Audit.IAuditLog>().ListAsync(10, default)).ActorId);
    }

    [Fact]
    public async Task An_invalid_e_mail_is_shown_beside_its_field_and_nothing_is_saved()
    {
        var elise = await _app.Given(AMember.Elise());

        var card = await CardAsync(DirectoryRoutes.Save, Form(elise, name: " ", email: "elise.moreau@"));

        var text = CardText.Of(card);
        Assert.Contains(DirectoryTexts.FixProblems.Fr, text);
        Assert.Contains(DirectoryTexts.EmailInvalid.Fr, text);
        Assert.Contains(DirectoryTexts.NameMissing.Fr, text);
        Assert.Contains("elise.moreau@", text);   // what she typed stays in the form
        Assert.True(text.IndexOf(DirectoryTexts.EmailInvalid.Fr, StringComparison.Ordinal) > text.IndexOf(DirectoryTexts.Email.Fr, StringComparison.Ordinal));
        Assert.Equal(elise, await _app.Members.GetAsync("m-elise", default));
        Assert.Empty(await _app.Service<Domain.Audit.IAuditLog>().ListAsync(10, default));
    }

    [Fact]
    public async Task A_save_over_a_newer_change_shows_the_current_details_and_asks_to_save_again()
    {
        var opened = await _app.Given(AMember.Elise());
        await _app.Given(AMember.Elise() with { Organisation = "Direction générale des étrangers en France" });   // changed meanwhile

        var card = await CardAsync(DirectoryRoutes.Save, Form(opened, organisation: "Mine"));

        var text = CardText.Of(card);
        Assert.Contains(DirectoryTexts.ChangedMeanwhile.Fr, text);
        Assert.Contains("Direction générale des étrangers en France", text);
        Assert.DoesNotContain("Mine", text);
        var stored = (await _app.Members.GetAsync("m-elise", default))!;
        Assert.Equal("Direction générale des étrangers en France", stored.Organisation);
        Assert.Equal(stored.Version, (string?)Execute(card, DirectoryRoutes.Save)!["data"]!["version"]);
        Assert.Empty(await _app.Service<Domain.Audit.IAuditLog>().ListAsync(10, default));
    }

    [Fact]
    public async Task A_save_with_a_crafted_version_is_answered_in_her_language_and_changes_nothing()
    {
        var opened = await _app.Given(AMember.Elise());
        var form = Form(opened, organisation: "Crafted");
        form["version"] = "1.5";

        var card = await CardAsync(DirectoryRoutes.Save, form);

        Assert.Contains(DirectoryTexts.ChangedMeanwhile.Fr, CardText.Of(card));
        Assert.Equal(opened, await _app.Members.GetAsync("m-elise", default));
        Assert.Empty(await _app.Service<Domain.Audit.IAuditLog>().ListAsync(10, default));
    }

    [Fact]
    public async Task Choosing_English_in_her_own_details_answers_her_in_English()
    {
        var elise = await _app.Given(AMember.Elise(Language.Fr));

        var card = await CardAsync(DirectoryRoutes.Save, Form(elise, language: "en"));

        Assert.Contains(DirectoryTexts.Saved.En, CardText.Of(card));
        Assert.Equal(Language.En, (await _app.Members.GetAsync("m-elise", default))!.PreferredLanguage);
    }

    [Fact]
    public async Task Names_e_mails_phones_and_searches_never_reach_the_logs()
    {
        await GivenNetworkAsync();
        var elise = await _app.Given(AMember.Elise());

        await CommandAsync("annuaire SENTINEL-4b2c");
        await CardAsync(DirectoryRoutes.Search, new JsonObject { [DirectoryCards.QueryInput] = "moreau" });
        await CardAsync(DirectoryRoutes.Contact, new JsonObject { ["memberId"] = "m-jonas" });
        await CardAsync(DirectoryRoutes.Save, Form(elise, email: "not-an-address"));
        var saved = await CardAsync(DirectoryRoutes.Save, Form(elise, phone: "+33 9 99 99 99 99", title: "SENTINEL-title"));

        Assert.Contains(DirectoryTexts.Saved.Fr, CardText.Of(saved));
        string[] secrets = ["SENTINEL", "moreau", "Moreau", "Jonas Weber", "jonas.weber@", "elise.moreau@", "not-an-address", "99 99", "Préfecture", "Peeters"];
        Assert.DoesNotContain(_app.Logs.Lines, line => secrets.Any(s => line.Contains(s, StringComparison.Ordinal)));
    }

    /// Sophie (office), Luc (Belgium, lead), Anne (France, alternate), Ana (expert) beside Élise and Jonas.
    async Task GivenNetworkAsync()
    {
        await _app.Given(AMember.Sophie());
        await _app.Given(AMember.Ana());
        await _app.Given(AMember.FocalPoint("m-luc", "Luc Peeters", "BE", lead: true, organisation: "SPF Intérieur"));
        await _app.Given(AMember.FocalPoint("m-anne", "Anne Bernard", "FR", organisation: "Préfecture du Bas-Rhin"));
        await _app.Given(AMember.Elise() with { Organisation = "Ministère de l’Intérieur" });
    }

    /// A command typed in the personal chat (by Élise unless said otherwise): the card sent back.
    async Task<JsonNode> CommandAsync(string text, string from = Payload.EliseAad)
    {
        var before = _app.Connector.Sends.Count;
        await _app.PostAsync(Payload.PersonalMessage(text).From(from));
        var sent = Assert.Single(_app.Connector.Sends.Skip(before));
        return sent.Card ?? throw new Xunit.Sdk.XunitException($"No card but: {sent.Activity.Text}");
    }

    /// A button pressed (by Élise unless said otherwise): the invoke answer's body.
    async Task<Pressed> InvokeAsync(string verb, JsonObject data, string from = Payload.EliseAad)
    {
        var pressed = await _app.PressAsync(verb, data.DeepClone().AsObject(), from);
        Assert.Equal(HttpStatusCode.OK, pressed.Status);
        return pressed;
    }

    /// A button pressed that must answer with a card: the card.
    async Task<JsonNode> CardAsync(string verb, JsonObject data, string from = Payload.EliseAad)
    {
        var pressed = await InvokeAsync(verb, data, from);
        return pressed.Card ?? throw new Xunit.Sdk.XunitException($"Not a card: {pressed.ToJsonString()}");
    }

    static JsonObject Button(JsonNode card, string title) =>
        Execute(card, DirectoryRoutes.Page, title: title)?["data"]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"No \"{title}\" button");

    /// The edit form's data as Teams sends it on Save: the button's data and every input, changed where given.
    static JsonObject Form(Member member, string? name = null, string? organisation = null, string? title = null, string? email = null,
        string? phone = null, string? language = null) => new()
    {
        ["memberId"] = member.Id,
        ["version"] = member.Version,
        [DirectoryCards.NameInput] = name ?? member.DisplayName,
        [DirectoryCards.OrganisationInput] = organisation ?? member.Organisation ?? "",
        [DirectoryCards.TitleInput] = title ?? member.Title ?? "",
        [DirectoryCards.EmailInput] = email ?? member.Email ?? "",
        [DirectoryCards.PhoneInput] = phone ?? member.Phone ?? "",
        [DirectoryCards.LanguageInput] = language ?? member.PreferredLanguage?.Code() ?? "",
    };
}
