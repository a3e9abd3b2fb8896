import { type SimPrinter, type SimPrinterInput, startSimPrinter } from '../printer';
import { type SnmpAgent, startSnmpAgent } from './agent';
import type { SnmpAgentInput } from './options';

/** A simulated printer with its SNMP agent. */
export interface SnmpSimPrinter {
  printer: SimPrinter;
  agent: SnmpAgent;
  stop(): Promise<void>;
}

/** Starts a simulated IPP printer and an SNMP agent that follows it; stops both together. */
export async function startSnmpSimPrinter(
  printerInput: SimPrinterInput,
  snmp: SnmpAgentInput = {},
): Promise<SnmpSimPrinter> {
  const printer = await startSimPrinter(printerInput);
  let agent: SnmpAgent;
  try {
    agent = await startSnmpAgent(printer, snmp);
  } catch (error) {
    await printer.stop();
    throw error;
  }
  return {
    printer,
    agent,
    async stop() {
      await agent.stop();
      await printer.stop();
    },
  };
}
