using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Admin;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Capacity;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Demo;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Home;
using Marketplace.Web.Features.Localization;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Maintenance;
using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Notifications.Mail;
using Marketplace.Web.Features.Operations;
using Marketplace.Web.Features.Plugins;
using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Reviews;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Indexing;
using Marketplace.Web.Features.Setup;
using Marketplace.Web.Features.Statistics;
using Marketplace.Web.Features.Themes;

var builder = WebApplication.CreateBuilder(args);

builder.AddOperations();
builder.AddMarketplaceData();
builder.AddLocalizationFeature();
builder.AddThemes();
builder.AddMail();
builder.AddRegions();
builder.AddContent();
builder.AddCatalog();
builder.AddPlugins();
builder.AddAdoptions();
builder.AddCapacity();
builder.AddReviews();
builder.AddBestPractices();
builder.AddStatistics();
builder.AddNotifications();
builder.AddNotificationMail();
builder.AddForum();
builder.AddAccounts();
builder.AddSetup();
builder.AddDemo();
builder.AddAdmin();
builder.AddHome();
builder.AddSearch();
builder.AddSearchIndexing();
builder.AddSearchPages();

var app = builder.Build();
if (await app.RunMaintenanceVerbAsync(args))
{
    return;
}

app.UseOperations();
app.UseLocalizationFeature();
app.UseRouting();
app.UseAccounts();
app.UseNotificationMail();

app.MapOperations();
app.MapLocalizationFeature();
app.MapThemes();
app.MapRegions();
app.MapContent();
app.MapCatalog();
app.MapPlugins();
app.MapAdoptions();
app.MapReviews();
app.MapBestPractices();
app.MapStatistics();
app.MapNotifications();
app.MapForum();
app.MapSearchPages();
app.MapAccounts();
app.MapHome();

app.Run();

/// <summary>Entry point, visible to the test hosts.</summary>
public partial class Program;
