using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

/// Who may open a document: the office always; a state's annex, its own focal points and, once released, the
/// compilation's recipients; a background document, everyone the sent request reaches.
public sealed class AnnexAccessTests
{
    static readonly InformationRequest Request = ARequest.Sent() with { Audience = Audience.Of("FR", "DE", "IT") };
    static readonly Member Elise = AMember.FocalPoint("FR", lead: true);
    static readonly Member Jonas = AMember.FocalPoint("DE");
    static readonly Member Giulia = AMember.FocalPoint("IT");
    static readonly Member Anna = AMember.FocalPoint("AT");
    static readonly Member Office = AMember.Office();
    static readonly Member Expert = AMember.Expert();
    static readonly HashSet<StateCode> Answered = ["FR", "DE"];

    static bool May(Member member, StateCode? state, InformationRequest? request = null) => AnnexAccess.MayOpen(member, request ?? Request, state, Answered);

    [Fact]
    public void A_states_annex_is_for_its_own_focal_points_and_the_office_until_the_compilation_is_released()
    {
        Assert.True(May(Elise, "FR"));
        Assert.True(May(Office, "FR"));
        Assert.False(May(Jonas, "FR"));
        Assert.False(May(Giulia, "FR"));
        Assert.False(May(Expert, "FR"));
        Assert.False(May(Elise with { Status = MemberStatus.Left }, "FR"));
        Assert.False(May(Office with { Status = MemberStatus.Left }, "FR"));
    }

    [Fact]
    public void Once_released_the_compilations_recipients_open_the_annexes_of_submitted_answers_only()
    {
        var released = Request with { ReleasedOn = new DateOnly(2026, 3, 25), Recipients = CompilationRecipients.Responders };

        Assert.True(May(Jonas, "FR", released));
        Assert.False(May(Giulia, "FR", released));    // Italy did not answer: not a recipient
        Assert.False(May(Jonas, "IT", released));     // no submitted answer, so not in the compilation
        Assert.True(May(Giulia, "FR", released with { Recipients = CompilationRecipients.Audience }));
        Assert.False(May(Jonas, "FR", released with { Recipients = CompilationRecipients.Office }));
        Assert.False(May(Anna, "FR", released with { Recipients = CompilationRecipients.Audience }));   // not asked
    }

    [Fact]
    public void A_background_document_is_for_everyone_the_sent_request_reaches()
    {
        Assert.True(May(Giulia, null));
        Assert.True(May(Office, null));
        Assert.False(May(Anna, null));
        Assert.False(May(Expert, null));
        Assert.False(May(Elise, null, ARequest.Draft() with { Audience = Request.Audience }));   // not sent yet: the office's
        Assert.True(May(Office, null, ARequest.Draft()));
        Assert.True(May(Elise, null, Request with { Status = RequestStatus.Closed }));
    }

    static Annex AnnexTo(int? question) => new()
    {
        Id = $"a{question}", Name = "law.pdf", ContentType = "application/pdf", Length = 10, FileId = "f", AddedBy = "m-elise",
        AddedAt = DateTimeOffset.UnixEpoch, Question = question is { } q ? new QuestionNumber(q) : null,
    };

    [Fact]
    public void An_annex_of_an_answer_given_to_the_office_only_stays_with_the_office_and_the_state()
    {
        var released = Request with { ReleasedOn = new DateOnly(2026, 3, 25), Recipients = CompilationRecipients.Audience };
        var answer = StateAnswer.New(ARequest.Number, "FR") with
        {
            Status = AnswerStatus.Submitted,
            Answers = [QuestionAnswer.Written(1, "Circular") with { OfficeOnly = true }, QuestionAnswer.Written(2, "Law")],
        };

        Assert.False(AnnexAccess.MayOpen(Jonas, released, answer, AnnexTo(1), Answered));
        Assert.True(AnnexAccess.MayOpen(Jonas, released, answer, AnnexTo(2), Answered));
        Assert.True(AnnexAccess.MayOpen(Jonas, released, answer, AnnexTo(null), Answered));
        Assert.True(AnnexAccess.MayOpen(Elise, released, answer, AnnexTo(1), Answered));
        Assert.True(AnnexAccess.MayOpen(Office, released, answer, AnnexTo(1), Answered));
    }

    [Fact]
    public void The_networks_compilation_lists_no_annex_of_an_answer_given_to_the_office_only()
    {
        var answer = StateAnswer.New(ARequest.Number, "FR") with
        {
            Status = AnswerStatus.Submitted,
            Answers = [QuestionAnswer.Written(1, "Circular") with { OfficeOnly = true }, QuestionAnswer.Written(2, "Law")],
            Annexes = [AnnexTo(1), AnnexTo(2), AnnexTo(null)],
        };

        var office = Compilation.Of(Request, [answer], CompilationView.Office).States.Single(s => s.Code == "FR");
        var network = Compilation.Of(Request, [answer], CompilationView.Network).States.Single(s => s.Code == "FR");

        Assert.Equal(["a1", "a2", "a"], office.Annexes.Select(a => a.Id));
        Assert.Equal(["a2", "a"], network.Annexes.Select(a => a.Id));
    }
}
