import { A } from './attributes';
import { GroupTag } from './tags';
import type { IppAttribute, IppGroup, IppMessage } from './types';

/**
 * An IPP/2.0 request with its operation group as RFC 8011 §4.1.4 orders it: attributes-charset
 * (utf-8), attributes-natural-language (en), printer-uri, then the operation's own attributes; and a
 * job group with `job` when it has any. The one way Quire's clients (the release server, the
 * simulator's demo, the tests and benchmarks) build a request.
 */
export function operationRequest(
  code: number,
  printerUri: string,
  operation: IppAttribute[] = [],
  options: { requestId?: number; job?: IppAttribute[] } = {},
): IppMessage {
  const groups: IppGroup[] = [
    {
      tag: GroupTag.operation,
      attributes: [
        A.charset('attributes-charset', 'utf-8'),
        A.naturalLanguage('attributes-natural-language', 'en'),
        A.uri('printer-uri', printerUri),
        ...operation,
      ],
    },
  ];
  if (options.job && options.job.length > 0) groups.push({ tag: GroupTag.job, attributes: options.job });
  return { version: { major: 2, minor: 0 }, code, requestId: options.requestId ?? 1, groups };
}
