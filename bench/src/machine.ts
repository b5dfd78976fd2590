// What machine a bench ran on: CPU, cores, memory, Node and Neo4j versions, date.
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memGiB: number;
  node: string;
  neo4j: string | null;
  platform: string;
  date: string;
  /** 1-minute load average at the start and end of the run: above the core count, other work shared the machine. */
  loadAvgStart: number;
  loadAvgEnd?: number;
}

export function machineInfo(neo4jVersion: string | null): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    neo4j: neo4jVersion,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    loadAvgStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}
