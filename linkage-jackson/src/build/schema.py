#!/usr/bin/env python3
"""Writes the JSON Schema of linkage/1 (src/main/resources/.../linkage-1.schema.json) from the field
tables below, which follow docs/json.md. Run from the repository root after changing the shape;
JsonSchemaTest checks that the schema's enums are the Java enums' constants and that every document
the module writes is valid under it, and that docs/json.md shows this very file."""
import json, re

BASE = 'linkage-core/src/main/java/org/employmentlinkage/'
RULES = 'linkage-rules/src/main/java/org/employmentlinkage/rules/'

def constants(path):
    s = open(path, encoding='utf-8').read()
    body = s[s.index('{', s.index(' enum ')) + 1:]
    out = []
    for line in body.split('\n'):
        m = re.match(r'^  ([A-Z][A-Z0-9_]*)\s*(?:[(,;]|$)', line)
        if m:
            out.append(m.group(1))
    return out

ENUMS = {
    'Region': BASE + 'region/Region.java',
    'Fact': BASE + 'domain/Fact.java',
    'Education': BASE + 'domain/Education.java',
    'HouseholdType': BASE + 'domain/HouseholdType.java',
    'IssueTopic': BASE + 'domain/IssueTopic.java',
    'LandNoticeKind': BASE + 'domain/LandNoticeKind.java',
    'Ownership': BASE + 'domain/Ownership.java',
    'ProjectEventKind': BASE + 'domain/ProjectEventKind.java',
    'ProjectStatus': BASE + 'domain/ProjectStatus.java',
    'ProjectType': BASE + 'domain/ProjectType.java',
    'SkillLevel': BASE + 'domain/SkillLevel.java',
    'TrainingOrganiser': BASE + 'domain/TrainingOrganiser.java',
    'TrainingType': BASE + 'domain/TrainingType.java',
    'Outcome': BASE + 'policy/Outcome.java',
    'DutyTiming': BASE + 'policy/DutyTiming.java',
    'PerformerRole': BASE + 'policy/PerformerRole.java',
    'ScopeBasis': RULES + 'ScopeBasis.java',
    'AmountBasis': RULES + 'AmountBasis.java',
    'SubsidyKind': RULES + 'SubsidyKind.java',
    'RecruitmentTier': RULES + 'RecruitmentTier.java',
    'ReasonBasis': BASE + 'policy/ReasonBasis.java',
    'InterpretationId': BASE + 'policy/InterpretationId.java',
}
CLAUSES = [
    '大政办发〔2018〕83号 一（一）', '大政办发〔2018〕83号 一（二）', '大政办发〔2018〕83号 二（三）',
    '大政办发〔2018〕83号 二（四）', '大政办发〔2018〕83号 二（五）', '大政办发〔2018〕83号 三（六）',
    '大政办发〔2018〕83号 三（七）', '大政办发〔2018〕83号 三（八）', '大政办发〔2018〕83号 三 末段（服务专员）',
    '瓦政办发〔2018〕66号',
]

defs = {
    'date': {'type': 'string', 'description': 'ISO-8601 date YYYY-MM-DD (a year outside 0000-9999 with its sign, as java.time writes it)',
             'pattern': '^(?:[0-9]{4}|[+-][0-9]{4,9})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$'},
    'amount': {'type': 'string', 'description': 'an amount of yuan (元) with exactly two decimals, never a JSON number',
               'pattern': '^(?:0|[1-9][0-9]{0,15})\\.[0-9]{2}$'},
    'period': {'type': 'string', 'description': 'an ISO-8601 period as java.time.Period writes it, e.g. P3M',
               'pattern': '^P(?=-?[0-9])(?:-?[0-9]+Y)?(?:-?[0-9]+M)?(?:-?[0-9]+D)?$'},
    'clause': {'description': 'the canonical citation of a clause of 大政办发〔2018〕83号, or of Wafangdian\'s forwarding notice 瓦政办发〔2018〕66号', 'enum': CLAUSES},
    'ReasonCode': {'type': 'string', 'description': 'a stable reason code (org.employmentlinkage.policy.ReasonCode); new codes may appear', 'pattern': '^[A-Z][A-Z0-9_]*$'},
    'DutyCode': {'type': 'string', 'description': 'a stable duty code (org.employmentlinkage.policy.DutyCode); new codes may appear', 'pattern': '^[A-Z][A-Z0-9_]*$'},
    'DayDeclarationKind': {'enum': ['REST', 'WORK']},
    'text': {'type': 'string', 'minLength': 1},
    'count': {'type': 'integer', 'minimum': -2147483648, 'maximum': 2147483647},
}
for name, path in ENUMS.items():
    defs[name] = {'enum': constants(path)}

def ref(n): return {'$ref': '#/$defs/' + n}
def opt(s): return {'anyOf': [s, {'type': 'null'}]}
def arr(s): return {'type': 'array', 'items': s}
def strset(): return {'type': 'array', 'items': ref('text'), 'uniqueItems': True}
B = {'type': 'boolean'}

SHAPES = [
  ('ScopeDecision', [('outcome', ref('Outcome')), ('basis', ref('ScopeBasis')), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact'))), ('versions', ref('Versions'))]),
  ('PersonGroups', [('outcome', ref('Outcome')), ('decisions', arr(ref('GroupDecision'))), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact'))), ('versions', ref('Versions'))]),
  ('GroupDecision', [('group', ref('PersonGroup')), ('outcome', ref('Outcome')), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact'))), ('versions', ref('Versions'))]),
  ('SubsidyDecision', [('outcome', ref('Outcome')), ('entitlements', arr(ref('SubsidyEntitlement'))), ('duties', arr(ref('Duty'))), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact'))), ('versions', ref('Versions'))]),
  ('SubsidyEntitlement', [('kind', ref('SubsidyKind')), ('outcome', ref('Outcome')), ('conditional', B), ('amount', opt(ref('amount'))), ('amountBasis', ref('AmountBasis')), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact')))]),
  ('ObligationDecision', [('outcome', ref('Outcome')), ('duties', arr(ref('Duty'))), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact'))), ('versions', ref('Versions'))]),
  ('RecruitmentPlan', [('outcome', ref('Outcome')), ('positions', ref('count')), ('placements', arr(ref('Placement'))), ('shortfall', ref('count')), ('shortfallDuty', opt(ref('Duty'))), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact'))), ('versions', ref('Versions'))]),
  ('Placement', [('candidateId', {'type': 'string'}), ('tier', ref('RecruitmentTier')), ('seated', B), ('reasons', arr(ref('Reason'))), ('missingFacts', arr(ref('MissingFact')))]),
  ('Duty', [('code', ref('DutyCode')), ('clause', ref('clause')), ('zh', ref('text')), ('en', ref('text')), ('performers', arr(ref('Performer'))), ('timing', ref('DutyTiming')), ('trigger', opt(ref('date'))), ('period', opt(ref('WorkingDayPeriod'))), ('deadline', opt(ref('Deadline'))), ('recurrence', opt(ref('period'))), ('workers', opt(ref('count'))), ('reference', opt({'type': 'string'})), ('trackedUntilClosed', B), ('reasons', arr(ref('Reason')))]),
  ('Performer', [('role', ref('PerformerRole')), ('region', opt(ref('Region'))), ('subdistrict', opt({'type': 'string'})), ('name', opt({'type': 'string'}))]),
  ('Reason', [('code', ref('ReasonCode')), ('clause', ref('clause')), ('basis', ref('ReasonBasis')), ('interpretations', arr(ref('InterpretationId'))), ('zh', ref('text')), ('en', ref('text'))]),
  ('Interpretation', [('id', ref('InterpretationId')), ('clauses', arr(ref('clause'))), ('zh', ref('text')), ('en', ref('text')), ('sourceZh', ref('text')), ('sourceEn', ref('text')), ('fixed', B), ('alternatives', arr(ref('InterpretationAlternative'))), ('defaultAlternative', opt(ref('text'))), ('chosen', opt(ref('text')))]),
  ('InterpretationAlternative', [('key', ref('text')), ('zh', ref('text')), ('en', ref('text'))]),
  ('MissingFact', [('key', ref('text')), ('zh', ref('text')), ('en', ref('text'))]),
  ('Versions', [('policy', ref('text')), ('parameters', ref('text')), ('calendar', ref('text'))]),
  ('PersonGroup', [('id', {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]*$'}), ('zh', ref('text')), ('en', ref('text')), ('clause', ref('clause')), ('priority', B)]),
  ('ValidityWindow', [('firstDay', ref('date')), ('lastDay', opt(ref('date'))), ('basis', ref('text'))]),
  ('PolicyDocument', [('number', ref('text')), ('title', ref('text')), ('issuer', ref('text')), ('issued', opt(ref('date'))), ('validity', opt(ref('ValidityWindow'))), ('forwards', opt(ref('PolicyDocument'))), ('basedOn', arr(ref('PolicyDocument'))), ('note', opt({'type': 'string'}))]),
  ('Deadline', [('trigger', ref('date')), ('period', ref('WorkingDayPeriod')), ('due', ref('date')), ('provisional', B), ('latestDue', ref('date')), ('mayChange', B), ('notices', arr(ref('HolidayNotice'))), ('calendarVersion', {'type': 'string'})]),
  ('WorkingDayPeriod', [('workingDays', {'type': 'integer', 'minimum': 1, 'maximum': 2147483647}), ('countsMakeupWorkdays', B)]),
  ('HolidayNotice', [('number', ref('text')), ('title', ref('text')), ('released', ref('date')), ('year', ref('count')), ('source', ref('text')), ('amends', opt(ref('text'))), ('declarations', {'type': 'array', 'items': ref('DayDeclaration'), 'minItems': 1})]),
  ('DayDeclaration', [('kind', ref('DayDeclarationKind')), ('first', ref('date')), ('last', ref('date')), ('festival', ref('text'))]),
  ('DateRange', [('first', opt(ref('date'))), ('last', opt(ref('date')))]),
  ('Location', [('countyLevelUnit', opt(ref('Region'))), ('pilotZone', opt(ref('Region'))), ('subdistrict', opt(ref('text')))]),
  ('Project', [('id', ref('text')), ('name', opt(ref('text'))), ('type', opt(ref('ProjectType'))), ('categories', strset()), ('totalInvestment', opt(ref('amount'))), ('location', opt(ref('Location'))), ('governmentFunded', ref('Fact')), ('ownership', opt(ref('Ownership'))), ('status', opt(ref('ProjectStatus'))), ('approved', opt(ref('date'))), ('constructionStarted', opt(ref('date'))), ('completed', opt(ref('date')))]),
  ('Person', [('id', ref('text')), ('education', opt(ref('Education'))), ('graduationDate', opt(ref('date'))), ('householdType', opt(ref('HouseholdType'))), ('nonFarmTransfer', ref('Fact')), ('overcapacityResettled', ref('Fact')), ('certifications', {'type': 'object', 'additionalProperties': B}), ('landExpropriated', ref('Fact')), ('landExpropriationProjectIds', strset()), ('residence', opt(ref('Region'))), ('householdRegion', opt(ref('Region')))]),
  ('TrainingRecord', [('id', ref('text')), ('type', ref('TrainingType')), ('organiser', opt(ref('TrainingOrganiser'))), ('occupation', opt(ref('text'))), ('level', opt(ref('SkillLevel'))), ('region', opt(ref('Region'))), ('willing', ref('Fact')), ('completed', ref('Fact')), ('passed', ref('Fact')), ('certified', ref('Fact')), ('firstAppraisal', ref('Fact')), ('certificateDate', opt(ref('date'))), ('completionDate', opt(ref('date')))]),
  ('Candidate', [('person', ref('Person')), ('meetsRequirements', B)]),
  ('LabourDemand', [('project', ref('Project')), ('positions', {'type': 'integer', 'minimum': 1, 'maximum': 2147483647}), ('asOf', ref('date')), ('title', opt({'type': 'string'}))]),
  ('ProjectEvent', [('kind', ref('ProjectEventKind')), ('project', ref('Project')), ('date', ref('date')), ('landNotice', opt(ref('LandNoticeKind'))), ('involvesLandExpropriatedPersons', ref('Fact')), ('recruitsCurrentGraduates', ref('Fact')), ('workers', opt(ref('count'))), ('issueId', opt({'type': 'string'})), ('issueTopic', opt(ref('IssueTopic')))]),
]

for name, fields in SHAPES:
    props = {f: s for f, s in fields}
    defs[name] = {'type': 'object', 'properties': props, 'required': [f for f, _ in fields], 'additionalProperties': False}
    dprops = {'schema': {'const': 'linkage/1'}, 'document': {'const': name}}
    dprops.update(props)
    defs[name + 'Document'] = {'type': 'object', 'properties': dprops, 'required': ['schema', 'document'] + [f for f, _ in fields], 'additionalProperties': False}

schema = {
    '$schema': 'https://json-schema.org/draft/2020-12/schema',
    '$id': 'urn:employmentlinkage:linkage-json:1',
    'title': 'linkage/1',
    'description': 'A document of linkage-jackson, schema linkage/1: a value written on its own, with its schema version and document type first (docs/json.md).',
    'type': 'object',
    'required': ['schema', 'document'],
    'properties': {'schema': {'const': 'linkage/1'}, 'document': {'enum': [n for n, _ in SHAPES]}},
    'allOf': [{'if': {'properties': {'document': {'const': n}}, 'required': ['document']}, 'then': ref(n + 'Document')} for n, _ in SHAPES],
    '$defs': defs,
}
with open('linkage-jackson/src/main/resources/org/employmentlinkage/jackson/linkage-1.schema.json', 'w', encoding='utf-8') as f:
    f.write(json.dumps(schema, ensure_ascii=False, indent=2) + '\n')
