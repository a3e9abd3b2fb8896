import * as snmp from 'net-snmp';
import {
  DEVICE_INDEX,
  HR_DEVICE_PRINTER,
  MARK_TECH_LASER,
  SIM_OID,
  SYS_OBJECT_ID,
  UNIT_IMPRESSIONS,
} from './oids';
import type { PrinterMibModel } from './printer-mib';

/** The parts of net-snmp's Mib this agent uses (the library types it as `any`). */
export interface NetSnmpMib {
  registerProvider(provider: object): void;
  setScalarValue(name: string, value: unknown): void;
  addTableRow(name: string, row: unknown[]): void;
  setTableSingleCell(name: string, column: number, rowIndex: number[], value: unknown): void;
  deleteTableRow(name: string, rowIndex: number[]): void;
}

const T = snmp.ObjectType;
const RO = snmp.MaxAccess['read-only'];
const NA = snmp.MaxAccess['not-accessible'];

type Column = [number: number, name: string, type: snmp.ObjectType, access?: number];

/** A table provider under `entry`, indexed by hrDeviceIndex (from hrDeviceTable) and its own column 1. */
function table(name: string, entry: string, columns: Column[], ownIndex: boolean): object {
  return {
    name,
    type: snmp.MibProviderType.Table,
    oid: entry,
    maxAccess: NA,
    tableColumns: columns.map(([number, colName, type, access]) => ({
      number,
      name: colName,
      type,
      maxAccess: access ?? RO,
    })),
    tableIndex: [
      { columnName: 'hrDeviceIndex', foreign: 'hrDeviceTable' },
      ...(ownIndex ? [{ columnName: columns[0]![1] }] : []),
    ],
  };
}

export interface StaticInfo {
  descr: string;
  /** IEEE 1284 device ID (`MFG:...;MDL:...;CMD:...;`). */
  deviceId: string;
  name: string;
  location: string;
  serial: string;
}

/**
 * Registers the system group, hrDeviceTable, hrPrinterTable and the Printer MIB tables this agent
 * serves (STANDARDS.md §2), and fills them from the model. `upTime` answers sysUpTime.
 */
export function registerPrinterMib(
  mib: NetSnmpMib,
  model: PrinterMibModel,
  info: StaticInfo,
  upTime: () => number,
): void {
  const scalar = (name: string, arc: number, scalarType: snmp.ObjectType, extra: object = {}) =>
    mib.registerProvider({
      name,
      type: snmp.MibProviderType.Scalar,
      oid: `${SIM_OID.system}.${arc}`,
      scalarType,
      maxAccess: RO,
      ...extra,
    });
  scalar('sysDescr', 1, T.OctetString);
  scalar('sysObjectID', 2, T.OID);
  scalar('sysUpTime', 3, T.TimeTicks, {
    handler: (req: { instanceNode: { value: unknown }; done(): void }) => {
      req.instanceNode.value = upTime();
      req.done();
    },
  });
  scalar('sysContact', 4, T.OctetString);
  scalar('sysName', 5, T.OctetString);
  scalar('sysLocation', 6, T.OctetString);
  mib.setScalarValue('sysDescr', info.descr);
  mib.setScalarValue('sysObjectID', SYS_OBJECT_ID);
  mib.setScalarValue('sysUpTime', 0);
  mib.setScalarValue('sysContact', '');
  mib.setScalarValue('sysName', info.name);
  mib.setScalarValue('sysLocation', info.location);

  mib.registerProvider({
    ...table(
      'hrDeviceTable',
      SIM_OID.hrDeviceEntry,
      [
        [1, 'hrDeviceIndex', T.Integer],
        [2, 'hrDeviceType', T.OID],
        [3, 'hrDeviceDescr', T.OctetString],
        [4, 'hrDeviceID', T.OID],
        [5, 'hrDeviceStatus', T.Integer],
        [6, 'hrDeviceErrors', T.Counter],
      ],
      false,
    ),
    tableIndex: [{ columnName: 'hrDeviceIndex' }],
  });
  mib.addTableRow('hrDeviceTable', [DEVICE_INDEX, HR_DEVICE_PRINTER, info.descr, '0.0', 2, 0]);

  mib.registerProvider(
    table(
      'hrPrinterTable',
      SIM_OID.hrPrinterEntry,
      [
        [1, 'hrPrinterStatus', T.Integer],
        [2, 'hrPrinterDetectedErrorState', T.OctetString],
      ],
      false,
    ),
  );
  mib.addTableRow('hrPrinterTable', [DEVICE_INDEX, 3, model.errorState()]);

  mib.registerProvider(
    table(
      'prtGeneralTable',
      SIM_OID.prtGeneralEntry,
      [
        [16, 'prtGeneralPrinterName', T.OctetString],
        [17, 'prtGeneralSerialNumber', T.OctetString],
      ],
      false,
    ),
  );
  mib.addTableRow('prtGeneralTable', [DEVICE_INDEX, info.name, info.serial]);

  mib.registerProvider(
    table(
      'prtMarkerTable',
      SIM_OID.prtMarkerEntry,
      [
        [1, 'prtMarkerIndex', T.Integer, NA],
        [2, 'prtMarkerMarkTech', T.Integer],
        [3, 'prtMarkerCounterUnit', T.Integer],
        [4, 'prtMarkerLifeCount', T.Counter],
        [5, 'prtMarkerPowerOnCount', T.Counter],
        [6, 'prtMarkerProcessColorants', T.Integer],
      ],
      true,
    ),
  );
  mib.addTableRow('prtMarkerTable', [
    DEVICE_INDEX,
    1,
    MARK_TECH_LASER,
    UNIT_IMPRESSIONS,
    model.lifeCount,
    0,
    model.colorants().length,
  ]);

  mib.registerProvider(
    table(
      'prtMarkerSuppliesTable',
      SIM_OID.prtMarkerSuppliesEntry,
      [
        [1, 'prtMarkerSuppliesIndex', T.Integer, NA],
        [2, 'prtMarkerSuppliesMarkerIndex', T.Integer],
        [3, 'prtMarkerSuppliesColorantIndex', T.Integer],
        [4, 'prtMarkerSuppliesClass', T.Integer],
        [5, 'prtMarkerSuppliesType', T.Integer],
        [6, 'prtMarkerSuppliesDescription', T.OctetString],
        [7, 'prtMarkerSuppliesSupplyUnit', T.Integer],
        [8, 'prtMarkerSuppliesMaxCapacity', T.Integer],
        [9, 'prtMarkerSuppliesLevel', T.Integer],
      ],
      true,
    ),
  );
  for (const s of model.supplies) {
    mib.addTableRow('prtMarkerSuppliesTable', [
      DEVICE_INDEX,
      s.index,
      1,
      s.colorantIndex,
      s.classCode,
      s.typeCode,
      s.description,
      UNIT_IMPRESSIONS,
      s.max,
      s.level,
    ]);
  }

  mib.registerProvider(
    table(
      'prtMarkerColorantTable',
      SIM_OID.prtMarkerColorantEntry,
      [
        [1, 'prtMarkerColorantIndex', T.Integer, NA],
        [2, 'prtMarkerColorantMarkerIndex', T.Integer],
        [3, 'prtMarkerColorantRole', T.Integer],
        [4, 'prtMarkerColorantValue', T.OctetString],
        [5, 'prtMarkerColorantTonality', T.Integer],
      ],
      true,
    ),
  );
  for (const [i, colorant] of model.colorants().entries())
    mib.addTableRow('prtMarkerColorantTable', [DEVICE_INDEX, i + 1, 1, 3, colorant, 256]);

  mib.registerProvider(
    table(
      'prtAlertTable',
      SIM_OID.prtAlertEntry,
      [
        [1, 'prtAlertIndex', T.Integer, NA],
        [2, 'prtAlertSeverityLevel', T.Integer],
        [3, 'prtAlertTrainingLevel', T.Integer],
        [4, 'prtAlertGroup', T.Integer],
        [5, 'prtAlertGroupIndex', T.Integer],
        [6, 'prtAlertLocation', T.Integer],
        [7, 'prtAlertCode', T.Integer],
        [8, 'prtAlertDescription', T.OctetString],
        [9, 'prtAlertTime', T.TimeTicks],
      ],
      true,
    ),
  );
  registerPortMonitor(mib, info);
}

/**
 * The PWG Port Monitor MIB's printer row. Besides being what print servers look for, it is the last
 * object of this agent: net-snmp's agent answers a GetNext on an empty table at the very end of its MIB
 * with the same OID (noSuchObject) instead of endOfMibView, and walks of the alert table would loop.
 */
function registerPortMonitor(mib: NetSnmpMib, info: StaticInfo): void {
  mib.registerProvider({
    name: 'ppmPrinterTable',
    type: snmp.MibProviderType.Table,
    oid: SIM_OID.ppmPrinterEntry,
    maxAccess: NA,
    tableColumns: [
      { number: 1, name: 'ppmPrinterIndex', type: T.Integer, maxAccess: NA },
      { number: 2, name: 'ppmPrinterName', type: T.OctetString, maxAccess: RO },
      { number: 3, name: 'ppmPrinterIEEE1284DeviceId', type: T.OctetString, maxAccess: RO },
    ],
    tableIndex: [{ columnName: 'ppmPrinterIndex' }],
  });
  mib.addTableRow('ppmPrinterTable', [1, info.name, info.deviceId]);
}

/** Writes the model's moving values into the MIB: statuses, error bits, counters, levels, alerts. */
export function writeState(
  mib: NetSnmpMib,
  model: PrinterMibModel,
  ippState: number,
  startCount: number,
  alerts: ReturnType<PrinterMibModel['reconcile']>,
): void {
  const device = [DEVICE_INDEX];
  mib.setTableSingleCell('hrDeviceTable', 5, device, model.deviceStatus());
  mib.setTableSingleCell('hrDeviceTable', 6, device, model.errorCount);
  mib.setTableSingleCell('hrPrinterTable', 1, device, model.printerStatus(ippState));
  mib.setTableSingleCell('hrPrinterTable', 2, device, model.errorState());
  mib.setTableSingleCell('prtMarkerTable', 4, [DEVICE_INDEX, 1], model.lifeCount);
  mib.setTableSingleCell(
    'prtMarkerTable',
    5,
    [DEVICE_INDEX, 1],
    (model.lifeCount - startCount + 2 ** 32) % 2 ** 32,
  );
  for (const s of model.supplies)
    mib.setTableSingleCell('prtMarkerSuppliesTable', 9, [DEVICE_INDEX, s.index], s.level);
  for (const a of alerts.removed) mib.deleteTableRow('prtAlertTable', [DEVICE_INDEX, a.index]);
  for (const a of alerts.added) {
    mib.addTableRow('prtAlertTable', [
      DEVICE_INDEX,
      a.index,
      a.severity,
      a.training,
      a.group,
      a.groupIndex,
      a.location,
      a.code,
      a.description,
      a.time,
    ]);
  }
}
