using ModuleBench;

// Usage: dotnet run -c Release --project bench/modules/ModuleBench -- [loads] [seconds] [callers]   (defaults 21, 10, 8)
var loads = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 21;
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
var callers = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8;
new LoaderFigures().Run(loads);
await ThroughputFigures.RunAsync(seconds, callers);
