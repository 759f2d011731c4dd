// script/agent: the command line other tools rely on. stdout carries only the command's JSON; set-up and
// diagnostics go to stderr. Keep the commands and their output shapes stable.
import { demoAdminClient } from "../demo/client";
import { demoData } from "./demo-data";

const USAGE = `usage: script/agent <command>
  demo-data    print the demo store's customers and orders as JSON`;

// The CLI reaches the demo store in-process; this base URL only shapes the links in its data.
const DEMO_BASE_URL = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case "demo-data":
      process.stdout.write(`${JSON.stringify(await demoData(demoAdminClient(DEMO_BASE_URL)), null, 2)}\n`);
      return 0;
    case "help":
    case "--help":
    case undefined:
      console.error(USAGE);
      return command ? 0 : 2;
    default:
      console.error(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
