using Marketplace.Web.Data;
using Marketplace.Web.Features.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Search;

public sealed class SearchRegistrationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "search-reg-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public void AddSearch_registers_one_index_in_the_search_folder_of_the_data_path()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddSingleton(new DataFolder(_data));
        builder.AddSearch();
        using var app = builder.Build();

        var index = app.Services.GetRequiredService<ISearchIndex>();

        Assert.Same(index, app.Services.GetRequiredService<ISearchIndex>());
        Assert.Same(index, app.Services.GetRequiredService<LuceneSearchIndex>());
        Assert.Equal(Path.Combine(_data, "search"), ((LuceneSearchIndex)index).Path);
    }

    [Fact]
    public void Bad_options_fail_at_start()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Search:MaxQueryLength"] = "0";
        builder.Services.AddSingleton(new DataFolder(_data));
        builder.AddSearch();
        using var app = builder.Build();

        Assert.ThrowsAny<Microsoft.Extensions.Options.OptionsValidationException>(
            () => app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value);
    }
}
