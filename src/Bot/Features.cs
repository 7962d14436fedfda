using FocalBot.Bot.Decisions;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.DetailsCheck;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Files;
using FocalBot.Bot.Groups;
using FocalBot.Bot.Help;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.MemberDirectory;
using FocalBot.Bot.Members;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Rapporteurs;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Turns;

namespace FocalBot.Bot;

public static class Features
{
    /// One line per folder; each AddX lives in the folder it configures.
    public static WebApplicationBuilder AddFeatures(this WebApplicationBuilder builder) => builder
        .AddTurns(Routes())   // Turns/TurnSetup.cs: access options, the routing table below, the turn pipeline
        .AddScheduling()      // Scheduling/SchedulingSetup.cs: calendar, channel, sender, pacer, reach, the job runner
        .AddDecisions()       // Decisions/DecisionSetup.cs: the silence procedure's service, job and campaigns
        .AddDetailsCheck()    // DetailsCheck/DetailsCheckSetup.cs: the yearly check's job and campaign
        .AddFiles()           // Files/FileSetup.cs: downloading and checking files members send, their size limit
        .AddMembers()         // Members/MemberSetup.cs: options, the demo seed
        .AddExports()         // Exports/ExportSetup.cs: where compilations and lists are saved, and their links
        .AddRequests()        // Requests/RequestSetup.cs: options, campaigns, the channel and chasing jobs
        .AddMeetings()        // Meetings/MeetingSetup.cs: options, files, campaigns, the channel and reminder job
        .AddRapporteurs()     // Rapporteurs/RapporteurSetup.cs: the call's proposal subject, campaigns, the channel and mandates' jobs
        .AddGroups()          // Groups/GroupSetup.cs: the proposal subject, campaigns, the channel job
        .AddOutcomes();       // Outcomes/OutcomeSetup.cs: options, the follow-up actions' campaigns and job

    /// The routing table: one line per feature.
    public static TurnRouter Routes()
    {
        var routes = new TurnRouter();
        HelpRoutes.Map(routes);
        DetailsCheckRoutes.Map(routes);
        DirectoryRoutes.Map(routes);
        MemberRoutes.Map(routes);
        FileRoutes.Map(routes);   // files sent to the bot, offered to every feature's IFileDestinations
        RequestRoutes.Map(routes);
        MeetingRoutes.Map(routes);
        DeliveryRoutes.Map(routes);
        DecisionRoutes.Map(routes);
        RapporteurRoutes.Map(routes);
        GroupRoutes.Map(routes);
        ActionRoutes.Map(routes);
        ReportRoutes.Map(routes);
        return routes;
    }
}
