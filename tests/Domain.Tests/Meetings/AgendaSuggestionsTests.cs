using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class AgendaSuggestionsTests
{
    static readonly Member Office = AMember.Office();
    static readonly Member Fr = AMember.FocalPoint("FR");
    static readonly Meeting Convened = AMeeting.Plenary().Convened([Fr]);
    // Twenty working days before Monday 11 May 2026.
    static readonly DateOnly Deadline = new(2026, 4, 13);

    static Outcome<AgendaSuggestion, SuggestionRefusal> Suggest(
        string title = "Digital identity documents", string explanation = "Several states are piloting them.",
        Member? actor = null, DateOnly? today = null, Meeting? meeting = null) =>
        AgendaSuggestions.Suggest(actor ?? Fr, meeting ?? Convened, title, explanation, Language.En, today ?? AMeeting.Today, WorkingDays.WeekdaysOnly, MeetingSettings.Default);

    static AgendaSuggestion Pending => Suggest().Value!;

    [Fact]
    public void The_suggestion_deadline_is_twenty_working_days_before_the_opening() =>
        Assert.Equal(Deadline, AgendaSuggestions.Deadline(Convened, WorkingDays.WeekdaysOnly, MeetingSettings.Default));

    [Fact]
    public void An_invitee_suggests_an_item_until_the_end_of_the_deadline_day()
    {
        var suggestion = Suggest(" Digital identity documents ", today: Deadline).Value!;

        Assert.Equal((Convened.Id, Fr.Id, "Digital identity documents", SuggestionStatus.Pending, Deadline),
            (suggestion.MeetingId, suggestion.ProposerId, suggestion.Title, suggestion.Status, suggestion.SuggestedOn));
        Assert.Equal(SuggestionRefusal.DeadlinePassed, Suggest(today: Deadline.AddDays(1)).Refusal);
    }

    [Fact]
    public void Only_invitees_suggest_and_only_for_a_convened_meeting()
    {
        Assert.Equal(SuggestionRefusal.NotInvited, Suggest(actor: AMember.FocalPoint("DE")).Refusal);
        Assert.Equal(SuggestionRefusal.NotConvened, Suggest(meeting: AMeeting.Plenary()).Refusal);
        Assert.Equal(SuggestionRefusal.Cancelled, Suggest(meeting: Convened with { Status = MeetingStatus.Cancelled }).Refusal);
    }

    [Fact]
    public void A_suggestion_needs_a_title_and_a_short_explanation()
    {
        Assert.Equal(SuggestionRefusal.TitleMissing, Suggest(title: " ").Refusal);
        Assert.Equal(SuggestionRefusal.TitleTooLong, Suggest(title: new string('t', 201)).Refusal);
        Assert.Equal(SuggestionRefusal.ExplanationMissing, Suggest(explanation: "").Refusal);
        Assert.Equal(SuggestionRefusal.ExplanationTooLong, Suggest(explanation: new string('e', 1001)).Refusal);
        Assert.True(Suggest(explanation: new string('e', 1000)).IsAccepted);
    }

    [Fact]
    public void The_office_accepts_a_suggestion_which_becomes_an_item_in_its_language()
    {
        var accepted = AgendaSuggestions.Accept(Office, Convened, Pending, AMeeting.Today).Value!;
        var french = Pending with { Title = "Documents d'identité numériques", Language = Language.Fr };

        Assert.Equal((SuggestionStatus.Accepted, Office.Id, AMeeting.Today), (accepted.Status, accepted.DecidedBy, accepted.DecidedOn));
        Assert.Equal(BilingualText.Of("Digital identity documents", ""), AgendaSuggestions.ItemFor(accepted).Title);
        Assert.Equal("Documents d'identité numériques", AgendaSuggestions.ItemFor(french).Title.In(Language.En));
    }

    [Fact]
    public void A_merge_names_an_item_of_the_current_agenda()
    {
        var merged = AgendaSuggestions.Merge(Office, Convened, Pending, "children", AMeeting.Today).Value!;

        Assert.Equal((SuggestionStatus.Merged, "children"), (merged.Status, merged.MergedInto));
        Assert.Equal(SuggestionRefusal.UnknownItem, AgendaSuggestions.Merge(Office, Convened, Pending, "nowhere", AMeeting.Today).Refusal);
    }

    [Fact]
    public void A_decline_needs_a_reason_for_the_proposer()
    {
        Assert.Equal(SuggestionRefusal.ReasonMissing, AgendaSuggestions.Decline(Office, Convened, Pending, " ", AMeeting.Today, MeetingSettings.Default).Refusal);
        Assert.Equal(SuggestionRefusal.ReasonTooLong, AgendaSuggestions.Decline(Office, Convened, Pending, new string('r', 501), AMeeting.Today, MeetingSettings.Default).Refusal);

        var declined = AgendaSuggestions.Decline(Office, Convened, Pending, " Covered under item 2 ", AMeeting.Today, MeetingSettings.Default).Value!;

        Assert.Equal((SuggestionStatus.Declined, "Covered under item 2"), (declined.Status, declined.DeclineReason));
    }

    [Fact]
    public void A_decision_is_final_but_the_same_click_twice_is_harmless()
    {
        var declined = AgendaSuggestions.Decline(Office, Convened, Pending, "Covered under item 2", AMeeting.Today, MeetingSettings.Default).Value!;

        Assert.Same(declined, AgendaSuggestions.Decline(Office, Convened, declined, "Covered under item 2", AMeeting.Today.AddDays(1), MeetingSettings.Default).Value);
        Assert.Equal(SuggestionRefusal.AlreadyDecided, AgendaSuggestions.Accept(Office, Convened, declined, AMeeting.Today).Refusal);
        Assert.Equal(SuggestionRefusal.AlreadyDecided, AgendaSuggestions.Decline(Office, Convened, declined, "Another reason", AMeeting.Today, MeetingSettings.Default).Refusal);
    }

    [Fact]
    public void Only_the_office_decides()
    {
        Assert.Equal(SuggestionRefusal.NotAllowed, AgendaSuggestions.Accept(Fr, Convened, Pending, AMeeting.Today).Refusal);
        Assert.Equal(SuggestionRefusal.NotAllowed, AgendaSuggestions.Merge(Fr, Convened, Pending, "nowhere", AMeeting.Today).Refusal);
        Assert.Equal(SuggestionRefusal.NotAllowed, AgendaSuggestions.Decline(Fr, Convened, Pending, "", AMeeting.Today, MeetingSettings.Default).Refusal);
    }

    [Fact]
    public void An_accepted_suggestion_added_twice_to_a_revision_is_refused()
    {
        var item = AgendaSuggestions.ItemFor(AgendaSuggestions.Accept(Office, Convened, Pending, AMeeting.Today).Value!);

        Assert.Equal(MeetingRefusal.Invalid, AgendaRevision.Issue(Office, Convened, [.. AMeeting.Items(), item, item], AMeeting.Today, MeetingSettings.Default).Refusal);
        Assert.True(AgendaRevision.Issue(Office, Convened, [.. AMeeting.Items(), item], AMeeting.Today, MeetingSettings.Default).IsAccepted);
    }
}
