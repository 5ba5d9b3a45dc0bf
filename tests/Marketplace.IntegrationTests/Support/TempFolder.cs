namespace Marketplace.IntegrationTests.Support;

internal static class TempFolder
{
    public static string NewPath(string prefix) => Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid().ToString("N")[..12]}");

    /// <summary>
    /// Deletes a file or folder. A folder is tried again a few times: a host stopped just before may still finish a
    /// write into it (a file created while the recursive delete runs makes it fail with "Directory not empty").
    /// </summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
            return;
        }

        for (var attempt = 1; Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }
}
