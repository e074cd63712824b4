import type { Priority, Specialty } from '../../domain/case';
import type { MrSeriesKind } from '../../dicom/mrPhantom';

/** One kind of second-opinion case: the question and the clinical story its records tell. */
export interface CaseRecipe {
  readonly specialty: Specialty;
  readonly priority: Priority;
  readonly question: string;
  readonly diagnosis: string;
  readonly history: string;
  readonly examination: string;
  readonly treatingPlan: string;
  readonly medications: readonly string[];
  readonly labs?: readonly (readonly [string, string, string, string])[];
  readonly pathology?: string;
  readonly imaging?: {
    readonly description: string;
    readonly series: readonly { readonly kind: MrSeriesKind; readonly slices: number }[];
    readonly lesions?: boolean;
    readonly report: string;
    readonly impression: string;
  };
  readonly sex?: 'female' | 'male';
  readonly ageRange: readonly [number, number];
}

const lumbarSeries = [
  { kind: 'lumbar-sag-t1', slices: 15 },
  { kind: 'lumbar-sag-t2', slices: 15 },
  { kind: 'lumbar-ax-t2', slices: 22 },
] as const;
const brainSeries = [
  { kind: 'brain-ax-t2', slices: 20 },
  { kind: 'brain-ax-flair', slices: 20 },
] as const;

export const caseRecipes: readonly CaseRecipe[] = [
  {
    specialty: 'orthopedics', priority: 'urgent', ageRange: [58, 72],
    question: 'Is L4-L5 decompression and instrumented fusion indicated now, or should structured conservative care continue?',
    diagnosis: 'Degenerative spondylolisthesis L4-L5 (grade 1) with lateral recess stenosis',
    history: 'Eighteen months of low back pain radiating to both buttocks and the left calf, worse on standing and walking, relieved by sitting and bending forward. Walking distance has fallen to about 200 metres. Six weeks of physiotherapy and two transforaminal epidural injections gave partial relief lasting three weeks each. No bladder or bowel symptoms.',
    examination: 'Lumbar flexion limited by pain. Straight leg raise negative bilaterally. Power 5/5 except left extensor hallucis longus 4+/5. Reflexes symmetric, left ankle jerk reduced. Sensation reduced over the left L5 dermatome. Peripheral pulses palpable.',
    treatingPlan: 'The treating surgeon proposes L4-L5 decompression with posterolateral instrumented fusion.',
    medications: ['Naproxen 500 mg twice daily', 'Pregabalin 75 mg twice daily', 'Amlodipine 5 mg daily'],
    imaging: {
      description: 'MR LUMBAR SPINE WITHOUT CONTRAST', series: lumbarSeries,
      report: 'Normal lumbar lordosis. There is a 5 mm anterolisthesis of L4 on L5 with loss of disc height and T2 signal at L4-L5. A broad-based posterior disc bulge and facet hypertrophy cause moderate central canal stenosis and narrowing of both lateral recesses, left more than right. The remaining discs are preserved. The conus ends normally at L1. Marrow signal is normal.',
      impression: 'Grade 1 degenerative spondylolisthesis L4-L5 with moderate central and bilateral lateral recess stenosis.',
    },
  },
  {
    specialty: 'orthopedics', priority: 'routine', ageRange: [34, 52],
    question: 'Is microdiscectomy needed now, or can a further six weeks of conservative treatment be tried for left-sided sciatica?',
    diagnosis: 'Lumbar disc herniation with left radiculopathy',
    history: 'Acute onset of left leg pain after lifting eight weeks ago, radiating to the lateral foot. Back pain is minor. Pain scores have improved from 9/10 to 6/10 with analgesia and physiotherapy. Works as a warehouse supervisor, currently on modified duties.',
    examination: 'Positive left straight leg raise at 40 degrees. Power normal. Left ankle reflex reduced. Mild sensory loss over the lateral foot.',
    treatingPlan: 'The treating surgeon has offered a left-sided microdiscectomy.',
    medications: ['Ibuprofen 400 mg three times daily', 'Paracetamol 1 g four times daily'],
    imaging: {
      description: 'MR LUMBAR SPINE WITHOUT CONTRAST', series: lumbarSeries,
      report: 'Lumbar alignment is within normal limits apart from a minor step at L4-L5. Disc desiccation at L4-L5 with a posterior disc bulge contacting the traversing nerve roots. No high-grade canal stenosis. Normal marrow signal. Conus normal.',
      impression: 'Degenerative disc disease L4-L5 with posterior bulge contacting the traversing roots; no cauda equina compression.',
    },
  },
  {
    specialty: 'orthopedics', priority: 'routine', ageRange: [60, 78],
    question: 'Total knee replacement is recommended for knee osteoarthritis: is now the right time, and is a partial (unicompartmental) replacement an option?',
    diagnosis: 'Medial compartment osteoarthritis of the right knee',
    history: 'Three years of progressive medial right knee pain, now limiting walking to 30 minutes and disturbing sleep. Two corticosteroid injections in the past year, the last with two weeks of benefit. BMI 31.',
    examination: 'Varus alignment 6 degrees, correctable. Range of motion 5 to 115 degrees. Medial joint line tenderness. Ligaments stable.',
    treatingPlan: 'The treating surgeon recommends a cemented total knee arthroplasty.',
    medications: ['Paracetamol 1 g as needed', 'Topical diclofenac gel', 'Metformin 500 mg twice daily'],
    labs: [['HbA1c', '6.9 %', '< 6.5', 'High'], ['Creatinine', '82 umol/L', '60 - 110', ''], ['Haemoglobin', '138 g/L', '130 - 170', '']],
  },
  {
    specialty: 'oncology', priority: 'urgent', sex: 'female', ageRange: [42, 66],
    question: 'Please confirm the HER2 status and advise whether adjuvant trastuzumab and chemotherapy are indicated after lumpectomy.',
    diagnosis: 'Invasive ductal carcinoma of the left breast, pT1c pN0',
    history: 'Screen-detected left breast mass. Wide local excision with sentinel node biopsy four weeks ago. Recovery uneventful. No significant family history.',
    examination: 'Healing lumpectomy scar, no seroma. No palpable axillary or supraclavicular nodes.',
    treatingPlan: 'The treating oncologist proposes 12 weeks of weekly paclitaxel with one year of trastuzumab, followed by whole-breast radiotherapy.',
    medications: ['Levothyroxine 50 micrograms daily'],
    pathology: 'Invasive ductal carcinoma, grade 2, 17 mm. Margins clear (closest 4 mm, inferior). Lymphovascular invasion not identified. Sentinel lymph nodes 0/2. ER positive (Allred 8/8), PR positive (Allred 6/8). HER2 immunohistochemistry 2+ (equivocal); in situ hybridisation HER2/CEP17 ratio 2.1, average HER2 copy number 4.3 per cell. Ki-67 18 percent.',
    labs: [['Haemoglobin', '128 g/L', '120 - 150', ''], ['ALT', '24 U/L', '< 35', ''], ['LVEF (echo)', '62 %', '> 55', '']],
  },
  {
    specialty: 'oncology', priority: 'stat', ageRange: [55, 74],
    question: 'Stage IIIA non-small cell lung cancer: is surgery after neoadjuvant chemoimmunotherapy preferable to definitive chemoradiation?',
    diagnosis: 'Adenocarcinoma of the right upper lobe, cT2b N2 M0 (stage IIIA)',
    history: 'Former smoker, 35 pack-years, quit 6 years ago. Presented with haemoptysis. PET-CT shows a 4.6 cm right upper lobe mass with single-station N2 disease (station 4R). EBUS confirmed adenocarcinoma in 4R. Brain MRI negative.',
    examination: 'ECOG performance status 0. Chest clear. No clubbing.',
    treatingPlan: 'The tumour board favours three cycles of neoadjuvant chemoimmunotherapy followed by right upper lobectomy.',
    medications: ['Tiotropium inhaler daily', 'Atorvastatin 20 mg daily'],
    pathology: 'EBUS-TBNA station 4R: metastatic adenocarcinoma, TTF-1 positive. PD-L1 tumour proportion score 40 percent. EGFR and ALK negative by next-generation sequencing. KRAS G12C detected.',
    labs: [['FEV1', '2.1 L (78 % predicted)', '> 80 %', 'Low'], ['DLCO', '71 % predicted', '> 80 %', 'Low'], ['Creatinine', '91 umol/L', '60 - 110', '']],
  },
  {
    specialty: 'oncology', priority: 'routine', sex: 'male', ageRange: [58, 70],
    question: 'Low-risk prostate cancer (Gleason 3+3): is active surveillance appropriate instead of the recommended radical prostatectomy?',
    diagnosis: 'Prostate adenocarcinoma, Grade Group 1, cT1c',
    history: 'PSA rose from 3.9 to 5.6 ng/mL over two years. MRI showed a PI-RADS 3 lesion. Targeted and systematic biopsy found Gleason 3+3 in 2 of 14 cores, maximum 3 mm. Normal urinary and erectile function.',
    examination: 'Digital rectal examination: smooth, mildly enlarged gland, no nodules.',
    treatingPlan: 'The treating urologist recommends robotic radical prostatectomy.',
    medications: ['Ramipril 5 mg daily'],
    pathology: 'Prostate biopsies: adenocarcinoma, Gleason score 3+3=6 (Grade Group 1) in 2 of 14 cores (left mid 3 mm, left base 1 mm). No perineural invasion.',
    labs: [['PSA', '5.6 ng/mL', '< 4.0', 'High'], ['PSA density', '0.11 ng/mL/cc', '< 0.15', ''], ['Testosterone', '14 nmol/L', '8 - 29', '']],
  },
  {
    specialty: 'oncology', priority: 'urgent', ageRange: [48, 70],
    question: 'New enhancing brain lesion: glioblastoma or metastasis? Please review the imaging and the proposed gross total resection.',
    diagnosis: 'Solitary intra-axial lesion of the right frontal lobe, primary glioma suspected',
    history: 'Three weeks of headaches and word-finding pauses noticed by family. One focal seizure. CT chest, abdomen and pelvis shows no primary tumour.',
    examination: 'Alert, oriented. Mild left pronator drift. No papilloedema.',
    treatingPlan: 'Neurosurgery proposes awake craniotomy and resection, followed by chemoradiation if glioblastoma is confirmed.',
    medications: ['Dexamethasone 4 mg twice daily', 'Levetiracetam 500 mg twice daily'],
    imaging: {
      description: 'MR BRAIN WITHOUT AND WITH CONTRAST', series: brainSeries, lesions: true,
      report: 'There is abnormal T2 and FLAIR hyperintensity in the right periventricular white matter with mild mass effect. The ventricles are normal in size. No midline shift. No hydrocephalus. Grey-white differentiation elsewhere is preserved.',
      impression: 'Right periventricular signal abnormality; tumour or demyelination to be distinguished clinically and by follow-up.',
    },
    sex: 'male',
  },
  {
    specialty: 'cardiology', priority: 'urgent', ageRange: [56, 74],
    question: 'Three-vessel coronary disease with type 2 diabetes: is surgical revascularisation (CABG) preferable to multivessel PCI?',
    diagnosis: 'Stable angina with three-vessel coronary artery disease, SYNTAX score 28',
    history: 'Exertional chest tightness for four months, CCS class II. Type 2 diabetes for 12 years on oral agents. Coronary angiography: 80 percent proximal LAD, 90 percent mid circumflex and chronic total occlusion of the right coronary artery with collaterals.',
    examination: 'BP 138/82, HR 68 regular. Heart sounds normal, no murmurs. No signs of heart failure.',
    treatingPlan: 'The interventional cardiologist proposes staged multivessel PCI with drug-eluting stents.',
    medications: ['Aspirin 75 mg daily', 'Atorvastatin 80 mg daily', 'Bisoprolol 5 mg daily', 'Metformin 1 g twice daily', 'Empagliflozin 10 mg daily'],
    labs: [['HbA1c', '7.8 %', '< 6.5', 'High'], ['LDL cholesterol', '1.9 mmol/L', '< 1.4', 'High'], ['eGFR', '68 mL/min', '> 60', ''], ['LVEF (echo)', '50 %', '> 55', 'Low']],
  },
  {
    specialty: 'cardiology', priority: 'stat', ageRange: [78, 88],
    question: 'Severe symptomatic aortic stenosis at 81: transcatheter (TAVR) or surgical aortic valve replacement?',
    diagnosis: 'Severe calcific aortic stenosis, NYHA class III',
    history: 'Breathlessness on one flight of stairs and an episode of exertional presyncope. Lives independently. Prior history of mild COPD and hypertension.',
    examination: 'Ejection systolic murmur radiating to the carotids, soft second heart sound. Mild ankle oedema.',
    treatingPlan: 'The heart team has discussed both options; the patient asks for an independent view.',
    medications: ['Furosemide 20 mg daily', 'Ramipril 2.5 mg daily', 'Salbutamol inhaler as needed'],
    labs: [['Aortic valve area', '0.7 cm2', '> 1.5', 'Low'], ['Mean gradient', '46 mmHg', '< 20', 'High'], ['STS PROM', '4.2 %', '', ''], ['NT-proBNP', '1850 pg/mL', '< 450', 'High']],
  },
  {
    specialty: 'cardiology', priority: 'routine', ageRange: [45, 68],
    question: 'Paroxysmal atrial fibrillation: is catheter ablation indicated before trying a further antiarrhythmic drug?',
    diagnosis: 'Symptomatic paroxysmal atrial fibrillation, CHA2DS2-VASc 1',
    history: 'Palpitations for two years with episodes lasting up to 24 hours, now twice monthly despite flecainide. One emergency department visit for rapid AF. Keen cyclist.',
    examination: 'Sinus rhythm at 58 beats per minute. Normal cardiovascular examination.',
    treatingPlan: 'The electrophysiologist recommends pulmonary vein isolation.',
    medications: ['Flecainide 100 mg twice daily', 'Bisoprolol 2.5 mg daily', 'Apixaban 5 mg twice daily'],
    labs: [['TSH', '1.8 mU/L', '0.4 - 4.0', ''], ['Left atrial volume index', '36 mL/m2', '< 34', 'High'], ['LVEF (echo)', '60 %', '> 55', '']],
  },
  {
    specialty: 'neurology', priority: 'urgent', sex: 'female', ageRange: [26, 44],
    question: 'Is this multiple sclerosis or small-vessel disease? Please review the MRI and the proposed high-efficacy disease-modifying therapy.',
    diagnosis: 'Suspected relapsing-remitting multiple sclerosis after an episode of optic neuritis',
    history: 'Painful visual loss in the left eye eight months ago, recovered over six weeks. Two weeks of right leg numbness three months ago. Migraine history. Non-smoker.',
    examination: 'Left relative afferent pupillary defect. Mild left optic disc pallor. Brisk reflexes on the right. Otherwise normal.',
    treatingPlan: 'The treating neurologist proposes starting ocrelizumab.',
    medications: ['Vitamin D 2000 IU daily', 'Sumatriptan 50 mg as needed'],
    labs: [['CSF oligoclonal bands', 'Positive (unmatched)', 'Negative', 'Abnormal'], ['AQP4 antibodies', 'Negative', 'Negative', ''], ['MOG antibodies', 'Negative', 'Negative', '']],
    imaging: {
      description: 'MR BRAIN DEMYELINATION PROTOCOL', series: brainSeries, lesions: true,
      report: 'Multiple ovoid T2/FLAIR hyperintense lesions in the periventricular white matter, several oriented perpendicular to the lateral ventricles, the largest 9 mm. Juxtacortical involvement in the left frontal lobe. No mass effect. Ventricles normal.',
      impression: 'Periventricular and juxtacortical white-matter lesions with a distribution typical of demyelination; dissemination in space is fulfilled.',
    },
  },
  {
    specialty: 'neurology', priority: 'routine', ageRange: [22, 45],
    question: 'Drug-resistant focal epilepsy: is the patient a candidate for epilepsy surgery, or should a third medication be tried?',
    diagnosis: 'Focal impaired-awareness seizures, drug resistant',
    history: 'Seizures since age 17, currently three per month despite adequate trials of levetiracetam and lamotrigine. Seizures begin with a rising epigastric sensation followed by lip smacking. Not driving.',
    examination: 'Normal neurological examination.',
    treatingPlan: 'The treating neurologist proposes adding lacosamide and reviewing in six months.',
    medications: ['Lamotrigine 200 mg twice daily', 'Levetiracetam 1500 mg twice daily'],
    imaging: {
      description: 'MR BRAIN EPILEPSY PROTOCOL', series: brainSeries,
      report: 'No structural abnormality is identified on the available sequences. The ventricles and sulci are normal for age. No abnormal white-matter signal. Dedicated hippocampal coronal imaging is not included in this examination.',
      impression: 'No lesion identified; dedicated epilepsy-protocol imaging of the hippocampi is recommended.',
    },
  },
  {
    specialty: 'neurology', priority: 'urgent', ageRange: [68, 82],
    question: 'Suspected normal-pressure hydrocephalus: is a ventriculoperitoneal shunt indicated?',
    diagnosis: 'Gait disturbance, urinary urgency and cognitive slowing',
    history: 'Eighteen months of slowly progressive shuffling gait with two falls, urinary urgency with occasional incontinence and slowed thinking. A high-volume lumbar tap test improved timed walking by 25 percent.',
    examination: 'Broad-based magnetic gait. Montreal Cognitive Assessment 23/30. No parkinsonian rigidity.',
    treatingPlan: 'Neurosurgery proposes a programmable ventriculoperitoneal shunt.',
    medications: ['Oxybutynin 5 mg twice daily', 'Amlodipine 10 mg daily'],
    imaging: {
      description: 'MR BRAIN WITHOUT CONTRAST', series: brainSeries,
      report: 'The lateral ventricles are prominent relative to the sulci. Periventricular T2/FLAIR signal is mild. No mass. No haemorrhage. Sulcal pattern is preserved over the convexity.',
      impression: 'Ventricular prominence out of proportion to sulcal enlargement; findings may be compatible with normal-pressure hydrocephalus in the right clinical setting.',
    },
  },
  {
    specialty: 'neurology', priority: 'routine', ageRange: [55, 70],
    question: "Parkinson's disease with motor fluctuations: is deep brain stimulation appropriate at this stage?",
    diagnosis: "Idiopathic Parkinson's disease, 9 years, with motor fluctuations and dyskinesia",
    history: 'Good levodopa response. Now four hours of off time per day and troublesome peak-dose dyskinesia. No significant cognitive impairment or hallucinations.',
    examination: 'On medication: mild dyskinesia. Off medication (from clinic video): marked bradykinesia and rest tremor, UPDRS III 42 off, 14 on.',
    treatingPlan: 'The movement disorders team proposes bilateral subthalamic nucleus deep brain stimulation.',
    medications: ['Levodopa/carbidopa 100/25 mg five times daily', 'Rasagiline 1 mg daily', 'Amantadine 100 mg twice daily'],
    labs: [['Levodopa challenge improvement', '67 %', '> 30 %', ''], ['Neuropsychology', 'No dementia', '', '']],
  },
];
