"""Write the hand-curated domain tables. In the text below '~' stands for ZWNJ (U+200C) and ';' separates columns."""
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
HDR = "# Curated by hand for this project (domain knowledge of Iranian social-security news); CC0.\n"
T = {}
T["honorifics"] = ("text;kind;in_name", """
سید;lineage;yes
سیده;lineage;yes
میر;lineage;yes
آقای;courtesy;no
آقا;courtesy;no
خانم;courtesy;no
سرکار خانم;courtesy;no
جناب;courtesy;no
جناب آقای;courtesy;no
حاج;courtesy;no
حاجی;courtesy;no
حاجیه خانم;courtesy;no
دکتر;academic;no
مهندس;academic;no
استاد;academic;no
پروفسور;academic;no
حجت~الاسلام;clerical;no
حجت الاسلام;clerical;no
حجت~الاسلام والمسلمین;clerical;no
حجت الاسلام والمسلمین;clerical;no
آیت~الله;clerical;no
آیت الله;clerical;no
آیت~الله العظمی;clerical;no
ثقة~الاسلام;clerical;no
شیخ;clerical;no
ملا;clerical;no
مولوی;clerical;no
ماموستا;clerical;no
شهید;martyr;no
سردار;military;no
سرلشکر;military;no
سرتیپ;military;no
سرتیپ دوم;military;no
سرهنگ;military;no
سرگرد;military;no
سروان;military;no
دریادار;military;no
امیر;military;no
سپهبد;military;no
ارتشبد;military;no
""")
T["titles"] = ("text;kind;rank;name_en", """
رئیس~جمهور;head;1;President
رییس~جمهور;head;1;President
رئیس جمهور;head;1;President
معاون اول رئیس~جمهور;deputy;1;First Vice President
وزیر;head;2;Minister
سرپرست وزارت;acting;2;Acting Minister
معاون وزیر;deputy;3;Deputy Minister
قائم~مقام;deputy;3;Deputy / Successor
قائم مقام;deputy;3;Deputy / Successor
مدیرعامل;head;3;CEO / Managing Director
مدیر عامل;head;3;CEO / Managing Director
رئیس هیأت~مدیره;head;3;Chairman of the Board
رئیس هیئت مدیره;head;3;Chairman of the Board
نایب رئیس هیأت~مدیره;deputy;4;Vice Chairman of the Board
عضو هیأت~مدیره;member;4;Board Member
عضو هیئت مدیره;member;4;Board Member
دبیرکل;head;3;Secretary-General
دبیر کل;head;3;Secretary-General
استاندار;head;3;Governor-General (province)
معاون استاندار;deputy;4;Deputy Governor-General
فرماندار;head;5;Governor (county)
بخشدار;head;6;District Governor
دهیار;head;7;Village Administrator
شهردار;head;5;Mayor
مدیرکل;head;5;Director-General
مدیر کل;head;5;Director-General
سرپرست;acting;5;Acting head
سرپرست مدیریت;acting;5;Acting director
معاون;deputy;6;Deputy
معاونت;deputy;6;Deputy office
رئیس;head;6;Head / Chief
رییس;head;6;Head / Chief
نایب رئیس;deputy;6;Vice-Chair
نایب~رئیس;deputy;6;Vice-Chair
نایب رییس;deputy;6;Vice-Chair
مدیر;head;7;Director / Manager
دبیر;head;7;Secretary
منشی;staff;9;Clerk
نماینده;elected;4;Representative / MP
نماینده مردم;elected;4;MP (representative of the people)
نماینده ولی فقیه;cleric;3;Representative of the Supreme Leader
امام جمعه;cleric;4;Friday Prayer Leader
امام~جمعه;cleric;4;Friday Prayer Leader
عضو;member;8;Member
عضو کمیسیون;member;5;Committee member
رئیس کمیسیون;head;4;Committee chair
رئیس مجلس;head;2;Speaker of Parliament
رئیس کل;head;3;Governor / Head (of a bank, court)
رئیس~کل;head;3;Governor / Head (of a bank, court)
مشاور;advisor;6;Advisor
مشاور عالی;advisor;5;Senior Advisor
دستیار;advisor;7;Assistant
دستیار ویژه;advisor;6;Special Assistant
دادستان;head;5;Prosecutor
دادستان کل کشور;head;2;Prosecutor-General
رئیس دادگستری;head;5;Head of Judiciary (province)
سخنگو;staff;5;Spokesperson
سخنگوی دولت;staff;3;Government Spokesperson
کارشناس;staff;9;Expert
کارشناس ارشد;staff;8;Senior Expert
روزنامه~نگار;staff;;Journalist
خبرنگار;staff;;Reporter
رئیس اداره;head;7;Head of office
رئیس شعبه;head;8;Branch Head
رئیس~شعبه;head;8;Branch Head
مسئول;head;8;Officer in charge
مسئول روابط عمومی;head;8;Public Relations Officer
مدیر روابط عمومی;head;7;Public Relations Director
مدیر درمان;head;6;Healthcare Director (province)
مدیرعامل صندوق;head;4;Fund CEO
رئیس سازمان;head;3;Head of Organisation
رئیس دانشگاه;head;5;University President
رئیس بیمارستان;head;7;Hospital Head
مدیر بیمارستان;head;7;Hospital Manager
دبیر شورا;head;5;Council Secretary
رئیس شورا;head;5;Council Chair
عضو شورا;member;6;Council Member
رئیس شورای شهر;head;5;City Council Chair
عضو شورای شهر;elected;6;City Councillor
وکیل;staff;;Lawyer
بازرس;staff;7;Inspector
ذی~حساب;staff;7;Comptroller
مدیر امور;head;7;Director of affairs
رئیس گروه;head;8;Group Head
رئیس اتاق;head;5;Chamber President
فرمانده;head;5;Commander
جانشین;deputy;6;Deputy / Successor
مدیر استانی;head;6;Provincial Director
مشاور وزیر;advisor;5;Advisor to the Minister
معاون اجرایی;deputy;6;Executive Deputy
معاون بیمه~ای;deputy;5;Deputy for Insurance
معاون درمان;deputy;5;Deputy for Healthcare
معاون اقتصادی;deputy;5;Deputy for Economic Affairs
معاون فنی و درآمد;deputy;6;Deputy for Technical Affairs and Revenue
معاون توسعه مدیریت و منابع;deputy;5;Deputy for Management Development and Resources
معاون حقوقی و امور مجلس;deputy;5;Deputy for Legal and Parliamentary Affairs
معاون فرهنگی و اجتماعی;deputy;5;Deputy for Cultural and Social Affairs
رئیس کانون;head;6;Association Head
رئیس انجمن;head;6;Society Head
رئیس خانه کارگر;head;5;Head of Workers' House
""")
T["org_units"] = ("text;kind", """
سازمان;organization
اداره کل;directorate
اداره~کل;directorate
اداره;office
مدیریت;directorate
مدیریت درمان;directorate
معاونت;deputyship
شعبه;branch
دفتر;office
مرکز;center
وزارت;ministry
وزارتخانه;ministry
شورای;council
شورا;council
کمیسیون;commission
کمیته;committee
دانشگاه;university
دانشگاه علوم پزشکی;university
دانشکده;faculty
پژوهشکده;institute
موسسه;institute
مؤسسه;institute
تعاونی;cooperative
شرکت تعاونی;cooperative
صندوق;fund
شرکت;company
بانک;bank
مجمع;assembly
مجمع عمومی;assembly
هیأت~مدیره;board
هیئت مدیره;board
هیأت;board
هیئت;board
هیأت امنا;board
ستاد;headquarters
کانون;association
انجمن;association
خانه;association
اتاق;chamber
فرمانداری;governorate
استانداری;governorate
بخشداری;governorate
شهرداری;municipality
دیوان;court
دادگستری;judiciary
دادسرا;prosecution
دادگاه;court
قوه;branch_of_power
مجلس;parliament
فراکسیون;faction
حزب;party
گروه;group
بنیاد;foundation
نهاد;institution
کمیته امداد;institution
خبرگزاری;news_agency
روزنامه;newspaper
سپاه;military
ارتش;military
نیروی انتظامی;police
هلدینگ;company
گروه مالی;company
اتحادیه;union
سندیکا;union
""")
T["organizations"] = ("id;name;aliases;kind;parent_id;name_en", """
tamin;سازمان تأمین~اجتماعی;تأمین~اجتماعی|تأمین اجتماعی|تامین اجتماعی|تامین~اجتماعی|سازمان تامین اجتماعی|سازمان تأمین اجتماعی|سازمان تامین~اجتماعی|تأمین اجتماعی کشور;organization;mcls;Social Security Organization (SSO)
tamin-province-dg;اداره کل تأمین~اجتماعی استان;اداره~کل تأمین~اجتماعی|اداره کل تامین اجتماعی|اداره کل تأمین اجتماعی;directorate;tamin;Provincial Directorate-General of the SSO
tamin-treatment-dg;مدیریت درمان تأمین~اجتماعی;مدیریت درمان تامین اجتماعی|مدیریت درمان تأمین اجتماعی|مدیریت درمان;directorate;tamin;SSO Provincial Healthcare Directorate
tamin-branch;شعبه تأمین~اجتماعی;شعبه تامین اجتماعی|شعبه تأمین اجتماعی;branch;tamin;SSO Branch
tamin-treatment-deputy;معاونت درمان سازمان تأمین~اجتماعی;معاونت درمان تأمین اجتماعی|معاونت درمان;deputyship;tamin;SSO Deputy for Healthcare
tamin-insurance-deputy;معاونت بیمه~ای سازمان تأمین~اجتماعی;معاونت بیمه~ای|معاونت بیمه ای;deputyship;tamin;SSO Deputy for Insurance
tamin-public-contact;مرکز ارتباطات و نظارت مردمی;مرکز ارتباطات مردمی|مرکز ارتباطات و نظارت مردمی تأمین~اجتماعی|مرکز ارتباطات مردمی تأمین~اجتماعی;center;tamin;Centre for Public Communication and Supervision
tamin-call-center;مرکز تماس 1420;سامانه 1420|تلفن 1420|1420;center;tamin;SSO call centre 1420
tamin-staff-coop;تعاونی اعتبار کارکنان تأمین~اجتماعی;تعاونی اعتبار کارکنان|تعاونی اعتبار;cooperative;tamin;SSO Staff Credit Cooperative
tamin-board;هیأت~مدیره سازمان تأمین~اجتماعی;هیئت مدیره سازمان تأمین اجتماعی|هیأت~مدیره تأمین~اجتماعی;board;tamin;SSO Board of Directors
tamin-trustees;هیأت امنای سازمان تأمین~اجتماعی;هیئت امنای تأمین اجتماعی|هیأت امنا;board;tamin;SSO Board of Trustees
tamin-high-council;شورای عالی تأمین~اجتماعی;شورای عالی تامین اجتماعی;council;tamin;SSO High Council
shasta;شرکت سرمایه~گذاری تأمین~اجتماعی;شستا|شرکت سرمایه گذاری تامین اجتماعی|شرکت سرمایه~گذاری تامین اجتماعی;company;tamin;Social Security Investment Co. (SHASTA)
tamin-pharma;هلدینگ تیپیکو;تیپیکو|شرکت سرمایه~گذاری دارویی تأمین;company;shasta;TIPICO pharmaceutical holding
tamin-bank-refah;بانک رفاه کارگران;بانک رفاه;bank;tamin;Bank Refah Kargaran
tamin-retirees-coop;کانون بازنشستگان تأمین~اجتماعی;کانون بازنشستگان|کانون عالی بازنشستگان|کانون عالی کانون~های بازنشستگان تأمین~اجتماعی;association;;Association of SSO Retirees
tamin-institute;مؤسسه عالی پژوهش تأمین~اجتماعی;موسسه عالی پژوهش تامین اجتماعی;institute;tamin;Social Security Research Institute
mcls;وزارت تعاون، کار و رفاه اجتماعی;وزارت تعاون کار و رفاه اجتماعی|وزارت کار|وزارت رفاه|وزارت تعاون، کار و رفاه|وزارت تعاون;ministry;government;Ministry of Cooperatives, Labour and Social Welfare
mcls-province-dg;اداره کل تعاون، کار و رفاه اجتماعی;اداره کل تعاون کار و رفاه اجتماعی|اداره کل تعاون، کار و رفاه اجتماعی استان|اداره~کل تعاون، کار و رفاه اجتماعی;directorate;mcls;Provincial Directorate-General of Cooperatives, Labour and Social Welfare
salamat;سازمان بیمه سلامت ایران;سازمان بیمه سلامت|بیمه سلامت|بیمه سلامت ایران;organization;mohme;Iran Health Insurance Organization
armed-forces-insurance;سازمان بیمه خدمات درمانی نیروهای مسلح;بیمه نیروهای مسلح;organization;;Armed Forces Medical Services Insurance Organization
retirement-fund;صندوق بازنشستگی کشوری;صندوق بازنشستگی;fund;mcls;Civil Servants Pension Fund
oil-pension-fund;صندوق بازنشستگی نفت;صندوق بازنشستگی صنعت نفت;fund;;Oil Industry Pension Fund
steel-pension-fund;صندوق بازنشستگی فولاد;;fund;;Steel Pension Fund
village-insurance-fund;صندوق بیمه اجتماعی کشاورزان، روستاییان و عشایر;صندوق بیمه روستاییان و عشایر|صندوق بیمه کشاورزان روستاییان و عشایر|صندوق بیمه روستاییان;fund;mcls;Social Insurance Fund for Farmers, Villagers and Nomads
artists-insurance-fund;صندوق اعتباری هنر;;fund;;Art Credit Fund
writers-fund;صندوق حمایت از اهالی فرهنگ، هنر و رسانه;;fund;;Fund for Culture, Art and Media workers
unemployment-fund;صندوق بیمه بیکاری;;fund;tamin;Unemployment Insurance Fund
majlis;مجلس شورای اسلامی;مجلس|مجلس شورا|پارلمان|خانه ملت;parliament;;Islamic Consultative Assembly (Majlis)
guardian-council;شورای نگهبان;شورای نگهبان قانون اساسی;council;;Guardian Council
expediency-council;مجمع تشخیص مصلحت نظام;مجمع تشخیص مصلحت|مجمع تشخیص;assembly;;Expediency Discernment Council
majlis-social-commission;کمیسیون اجتماعی مجلس;کمیسیون اجتماعی|کمیسیون اجتماعی مجلس شورای اسلامی;commission;majlis;Majlis Social Affairs Committee
majlis-health-commission;کمیسیون بهداشت و درمان مجلس;کمیسیون بهداشت و درمان|کمیسیون بهداشت;commission;majlis;Majlis Health Committee
majlis-budget-commission;کمیسیون برنامه و بودجه و محاسبات مجلس;کمیسیون برنامه و بودجه|کمیسیون بودجه;commission;majlis;Majlis Plan and Budget Committee
majlis-joint-commission;کمیسیون تلفیق;کمیسیون تلفیق بودجه|کمیسیون تلفیق مجلس;commission;majlis;Majlis Joint (Consolidation) Committee
majlis-security-commission;کمیسیون امنیت ملی و سیاست خارجی مجلس;کمیسیون امنیت ملی|کمیسیون امنیت ملی و سیاست خارجی;commission;majlis;Majlis National Security Committee
majlis-economic-commission;کمیسیون اقتصادی مجلس;کمیسیون اقتصادی;commission;majlis;Majlis Economic Committee
majlis-research;مرکز پژوهش~های مجلس;مرکز پژوهش~های مجلس شورای اسلامی|مرکز پژوهشهای مجلس;center;majlis;Majlis Research Center
government;دولت;دولت جمهوری اسلامی ایران|هیأت دولت|هیئت دولت|هیأت وزیران|هیئت وزیران;government;;Government of Iran
presidency;نهاد ریاست~جمهوری;ریاست~جمهوری|ریاست جمهوری|دفتر رئیس~جمهور;institution;government;Presidential Office
judiciary;قوه قضاییه;قوه قضائیه|دستگاه قضا|دستگاه قضایی;branch_of_power;;Judiciary
administrative-justice-court;دیوان عدالت اداری;;court;judiciary;Court of Administrative Justice
inspection-org;سازمان بازرسی کل کشور;سازمان بازرسی;organization;judiciary;General Inspection Organization
audit-court;دیوان محاسبات کشور;دیوان محاسبات;court;majlis;Supreme Audit Court
pbo;سازمان برنامه و بودجه کشور;سازمان برنامه و بودجه|سازمان برنامه;organization;government;Plan and Budget Organization
cbi;بانک مرکزی جمهوری اسلامی ایران;بانک مرکزی;bank;government;Central Bank of Iran
mohme;وزارت بهداشت، درمان و آموزش پزشکی;وزارت بهداشت|وزارت بهداشت درمان و آموزش پزشکی|وزارت بهداشت و درمان;ministry;government;Ministry of Health and Medical Education
mef;وزارت امور اقتصادی و دارایی;وزارت اقتصاد|وزارت دارایی;ministry;government;Ministry of Economic Affairs and Finance
moi;وزارت کشور;;ministry;government;Ministry of Interior
mimt;وزارت صنعت، معدن و تجارت;وزارت صمت|وزارت صنعت معدن و تجارت;ministry;government;Ministry of Industry, Mine and Trade
mrud;وزارت راه و شهرسازی;;ministry;government;Ministry of Roads and Urban Development
moe;وزارت آموزش و پرورش;آموزش و پرورش;ministry;government;Ministry of Education
mojahad;وزارت جهاد کشاورزی;جهاد کشاورزی;ministry;government;Ministry of Agriculture Jihad
civil-registration;سازمان ثبت احوال کشور;ثبت احوال|سازمان ثبت احوال;organization;moi;National Organization for Civil Registration
tax-org;سازمان امور مالیاتی کشور;سازمان امور مالیاتی|اداره مالیات;organization;mef;Iranian National Tax Administration
customs;گمرک جمهوری اسلامی ایران;گمرک|گمرک ایران;organization;mef;Customs Administration
imam-relief;کمیته امداد امام خمینی;کمیته امداد|کمیته امداد امام خمینی (ره)|کمیته امداد امام;institution;;Imam Khomeini Relief Foundation
behzisti;سازمان بهزیستی کشور;سازمان بهزیستی|بهزیستی;organization;mcls;State Welfare Organization
red-crescent;جمعیت هلال احمر;هلال احمر|جمعیت هلال~احمر|هلال~احمر;organization;;Red Crescent Society
mostazafan;بنیاد مستضعفان;بنیاد مستضعفان انقلاب اسلامی;foundation;;Mostazafan Foundation
martyrs-foundation;بنیاد شهید و امور ایثارگران;بنیاد شهید;foundation;;Foundation of Martyrs and Veterans Affairs
execution-headquarters;ستاد اجرایی فرمان امام;ستاد اجرایی;headquarters;;Execution of Imam Khomeini's Order
workers-house;خانه کارگر;;association;;Workers' House
islamic-labour-councils;کانون عالی شوراهای اسلامی کار;شوراهای اسلامی کار|شورای اسلامی کار;association;;Supreme Assembly of Islamic Labour Councils
employers-association;کانون عالی انجمن~های صنفی کارفرمایی;کانون عالی کارفرمایی|کانون کارفرمایان;association;;Supreme Association of Employers
workers-association;کانون عالی انجمن~های صنفی کارگران;;association;;Supreme Association of Workers' Guilds
supreme-labour-council;شورای عالی کار;;council;mcls;Supreme Labour Council
supreme-welfare-council;شورای عالی رفاه و تأمین اجتماعی;شورای عالی رفاه;council;mcls;Supreme Council of Welfare and Social Security
iccima;اتاق بازرگانی، صنایع، معادن و کشاورزی ایران;اتاق بازرگانی|اتاق ایران|اتاق بازرگانی ایران;chamber;;Iran Chamber of Commerce
guilds-chamber;اتاق اصناف ایران;اتاق اصناف;chamber;;Iran Chamber of Guilds
construction-engineering;سازمان نظام مهندسی ساختمان;نظام مهندسی|سازمان نظام مهندسی;organization;;Construction Engineering Organization
medical-council;سازمان نظام پزشکی;نظام پزشکی;organization;;Medical Council of Iran
fda;سازمان غذا و دارو;;organization;mohme;Food and Drug Administration
med-university;دانشگاه علوم پزشکی;دانشگاه علوم پزشکی و خدمات بهداشتی درمانی;university;mohme;University of Medical Sciences
municipality;شهرداری;شهرداری~ها;municipality;moi;Municipality
city-council;شورای اسلامی شهر;شورای شهر;council;;City Council
governorate-general;استانداری;;governorate;moi;Governorate-General (province)
governorate;فرمانداری;;governorate;moi;Governorate (county)
planning-council;شورای برنامه~ریزی و توسعه استان;شورای برنامه~ریزی استان|شورای برنامه ریزی و توسعه استان;council;governorate-general;Provincial Planning and Development Council
provincial-admin-council;شورای اداری استان;شورای اداری;council;governorate-general;Provincial Administrative Council
social-council;شورای اجتماعی کشور;شورای اجتماعی;council;moi;National Social Council
employment-org;سازمان ملی بهره~وری;;organization;mcls;National Productivity Organization
tvto;سازمان آموزش فنی و حرفه~ای کشور;فنی و حرفه~ای|سازمان فنی و حرفه~ای|آموزش فنی و حرفه~ای;organization;mcls;Technical and Vocational Training Organization
labour-inspection;اداره کل بازرسی کار;بازرسی کار;directorate;mcls;Labour Inspection
dispute-board;هیأت حل اختلاف;هیئت حل اختلاف|هیأت~های حل اختلاف;board;mcls;Dispute Settlement Board
tamin-appeals-board;هیأت تشخیص مطالبات;هیئت تشخیص مطالبات|هیأت~های تشخیص مطالبات;board;tamin;Claims Assessment Board
tamin-medical-commission;کمیسیون پزشکی;کمیسیون~های پزشکی;commission;tamin;Medical Commission (disability)
hard-jobs-commission;کمیته مشاغل سخت و زیان~آور;کمیته مشاغل سخت و زیان آور|کمیته مشاغل سخت;committee;mcls;Hard and Hazardous Jobs Committee
statistics-center;مرکز آمار ایران;مرکز آمار;center;pbo;Statistical Centre of Iran
irna;خبرگزاری جمهوری اسلامی;ایرنا;news_agency;;IRNA
isna;خبرگزاری دانشجویان ایران;ایسنا;news_agency;;ISNA
ilna;خبرگزاری کار ایران;ایلنا;news_agency;;ILNA
mehr;خبرگزاری مهر;;news_agency;;Mehr News Agency
tasnim;خبرگزاری تسنیم;تسنیم;news_agency;;Tasnim News Agency
fars;خبرگزاری فارس;;news_agency;;Fars News Agency
irib;صدا و سیما;صداوسیما|سازمان صدا و سیما|رسانه ملی;organization;;IRIB
ipa;سازمان اداری و استخدامی کشور;سازمان اداری و استخدامی;organization;government;Administrative and Recruitment Affairs Organization
ssr;سازمان هدفمندسازی یارانه~ها;سازمان هدفمندسازی;organization;government;Targeted Subsidies Organization
rahbari;دفتر مقام معظم رهبری;دفتر رهبری|بیت رهبری;institution;;Office of the Supreme Leader
friday-prayer;ستاد نماز جمعه;;headquarters;;Friday Prayer HQ
social-security-supreme-court;هیأت عمومی دیوان عدالت اداری;هیئت عمومی دیوان عدالت اداری;court;administrative-justice-court;General Board of the Court of Administrative Justice
""")
T["programs"] = ("name;kind;aliases;name_en", """
طرح دارویار;plan;دارویار;Darouyar drug-subsidy reform
طرح بخشودگی جرایم;plan;بخشودگی جرایم|بخشودگی جرائم|طرح بخشودگی جرائم|بخشودگی جرایم بیمه~ای;Penalty amnesty scheme
طرح خرید دین;plan;خرید دین|خرید سوابق;Debt (service-record) buy-back scheme
بیمه فراگیر خانواده;insurance;طرح بیمه فراگیر خانواده|بیمه فراگیر;Comprehensive Family Insurance
بیمه بیکاری;insurance;مقرری بیمه بیکاری|بیمه~ی بیکاری;Unemployment insurance
بیمه کارگران ساختمانی;insurance;بیمه کارگران ساختمانی|بیمه ساختمانی|بیمه کارگران ساختمان;Construction workers' insurance
بیمه قالیبافان;insurance;بیمه قالی~بافان|بیمه بافندگان فرش دستباف|بیمه قالیبافان و بافندگان فرش;Carpet weavers' insurance
بیمه رانندگان;insurance;بیمه رانندگان حمل و نقل عمومی|بیمه رانندگان تاکسی|بیمه رانندگان بین~شهری;Drivers' insurance
بیمه زنان خانه~دار;insurance;بیمه زنان خانه دار|بیمه بانوان خانه~دار;Housewives' insurance
بیمه مشاغل آزاد;insurance;بیمه صاحبان حرف و مشاغل آزاد|بیمه حرف و مشاغل آزاد;Self-employed insurance
بیمه اختیاری;insurance;بیمه~ی اختیاری;Voluntary insurance
بیمه درمان;insurance;بیمه درمانی;Health insurance
بیمه همگانی سلامت;insurance;بیمه همگانی;Universal health insurance
بیمه روستاییان و عشایر;insurance;بیمه روستایی|بیمه عشایر;Rural and nomad insurance
بیمه ایرانیان مقیم خارج;insurance;بیمه ایرانیان خارج از کشور;Insurance for Iranians abroad
بیمه اتباع خارجی;insurance;;Foreign nationals' insurance
بیمه هنرمندان;insurance;بیمه هنرمندان و نویسندگان;Artists' insurance
بیمه خبرنگاران;insurance;بیمه اصحاب رسانه;Journalists' insurance
بیمه کارگران فصلی;insurance;;Seasonal workers' insurance
بیمه مشاغل سخت و زیان~آور;insurance;مشاغل سخت و زیان~آور|مشاغل سخت و زیان آور|بازنشستگی مشاغل سخت;Hard and hazardous jobs retirement
بیمه تکمیلی;insurance;بیمه تکمیلی بازنشستگان|بیمه درمان تکمیلی;Supplementary insurance
بازنشستگی پیش از موعد;benefit;بازنشستگی پیش~از~موعد|بازنشستگی زودهنگام;Early retirement
مستمری بازماندگان;benefit;مستمری بازماندگی;Survivors' pension
مستمری ازکارافتادگی;benefit;از کار افتادگی|ازکارافتادگی کلی|مستمری از کار افتادگی;Disability pension
غرامت دستمزد;benefit;غرامت دستمزد ایام بیماری|غرامت ایام بیماری;Sick-pay wage compensation
کمک هزینه ازدواج;benefit;هدیه ازدواج|کمک~هزینه ازدواج;Marriage grant
کمک هزینه کفن و دفن;benefit;کمک~هزینه کفن و دفن;Funeral grant
کمک هزینه بارداری;benefit;;Maternity grant
عیدی بازنشستگان;benefit;عیدی مستمری~بگیران;Retirees' new-year bonus
وام قرض~الحسنه بازنشستگان;loan;وام بازنشستگان|وام قرض الحسنه بازنشستگان|وام ضروری بازنشستگان;Retirees' interest-free loan
وام ضروری;loan;;Emergency loan
متناسب~سازی حقوق بازنشستگان;plan;متناسب~سازی|متناسب سازی|متناسب سازی حقوق بازنشستگان|متناسب~سازی مستمری;Pension adjustment scheme
همسان~سازی حقوق بازنشستگان;plan;همسان~سازی|همسان سازی|همسان سازی حقوق بازنشستگان|همسان~سازی مستمری;Pension equalisation scheme
افزایش مستمری;plan;افزایش حقوق بازنشستگان|افزایش مستمری بازنشستگان;Pension increase
طرح تحول سلامت;plan;طرح تحول نظام سلامت|تحول سلامت;Health Transformation Plan
پزشک خانواده;plan;طرح پزشک خانواده|برنامه پزشک خانواده;Family physician programme
طرح نظام ارجاع;plan;نظام ارجاع|نظام ارجاع الکترونیک;Referral system
نسخه~نویسی الکترونیک;system;نسخه الکترونیک|نسخه الکترونیکی|نسخه~نویسی الکترونیکی|نسخه نویسی الکترونیک|نسخه~پیچی الکترونیک;Electronic prescribing
حذف دفترچه درمانی;plan;حذف دفترچه|حذف دفترچه~های درمانی|طرح حذف دفترچه;Paper insurance booklet removal
پرونده الکترونیک سلامت;system;پرونده سلامت|سپاس;Electronic health record
سامانه رسا;system;رسا|سامانه رسا (رفاه سازمان تأمین~اجتماعی);RESA retiree welfare system
سامانه رز;system;رز;ROZ system
سامانه خدمات غیرحضوری;system;خدمات غیرحضوری|سامانه خدمات غیر حضوری|es.tamin.ir;Online (non-attendance) services system
سامانه استحقاق درمان;system;استعلام استحقاق درمان;Treatment eligibility system
سامانه جامع تأمین~اجتماعی;system;;SSO integrated system
سامانه 1420;system;مرکز تماس 1420|1420;SSO call centre
پنجره واحد;system;پنجره واحد خدمات|پنجره واحد خدمات الکترونیک;Single window
کارت هوشمند;system;کارت هوشمند بیمه|کارت هوشمند سلامت;Smart insurance card
کارت اعتباری بازنشستگان;loan;کارت اعتباری;Retirees' credit card
برنامه ششم توسعه;plan;برنامه ششم|قانون برنامه ششم توسعه;Sixth Development Plan
برنامه هفتم توسعه;plan;برنامه هفتم|قانون برنامه هفتم توسعه|لایحه برنامه هفتم;Seventh Development Plan
طرح تجمیع بیمه~ها;plan;تجمیع بیمه~ها|تجمیع بیمه ها|تجمیع صندوق~ها;Insurance consolidation plan
طرح سلامت کارگران;plan;;Workers' health plan
طرح ملی ابرار;plan;ابرار;ABRAR national plan
طرح مهر تأمین;plan;مهر تأمین;Mehr-e Tamin plan
طرح تابستانه;plan;;Summer plan
طرح مهر امام رضا;plan;;Imam Reza kindness plan
طرح اقساط;plan;تقسیط بدهی|تقسیط مطالبات|اقساط کوتاه~مدت;Debt instalment scheme
مشوق~های بیمه~ای;plan;مشوق بیمه~ای|ماده 7 قانون حمایت از توسعه و ایجاد اشتغال پایدار;Insurance incentives
معافیت بیمه~ای;plan;معافیت حق بیمه سهم کارفرما|معافیت سهم کارفرما;Employer-contribution exemption
بیمه بیکاری کرونا;insurance;بیمه بیکاری ناشی از کرونا;COVID unemployment insurance
دارو رایگان;plan;داروی رایگان;Free medicine
مراکز درمانی ملکی;plan;درمان مستقیم;Direct (owned) treatment
درمان غیرمستقیم;plan;خرید خدمت;Indirect treatment (purchased services)
طرح ساماندهی;plan;;Organisation plan
طرح ملی سلامت بازنشستگان;plan;;Retirees' national health plan
سفر زیارتی بازنشستگان;benefit;سفرهای زیارتی;Pilgrimage trips for retirees
طرح ارتقای کیفیت خدمات;plan;;Service quality improvement plan
هفته تأمین~اجتماعی;campaign;هفته تامین اجتماعی;Social Security Week
هفته بیمه;campaign;;Insurance Week
روز جهانی کارگر;campaign;روز کارگر|هفته کار و کارگر;Labour Day
""")
T["program_heads"] = ("text;kind", """
طرح;plan
سامانه;system
سیستم;system
برنامه;plan
پروژه;project
بیمه;insurance
وام;loan
تسهیلات;loan
صندوق;fund
پویش;campaign
جشنواره;campaign
همایش;event
کمک~هزینه;benefit
مستمری;benefit
مقرری;benefit
پرداخت;benefit
نظام;system
پنجره;system
کارت;system
بسته;plan
""")
T["laws"] = ("name;aliases;name_en", """
قانون تأمین~اجتماعی;قانون تامین اجتماعی|قانون تأمین اجتماعی|قانون تامین~اجتماعی;Social Security Act (1354)
قانون بیمه~های اجتماعی کارگران ساختمانی;قانون بیمه اجتماعی کارگران ساختمانی|قانون بیمه کارگران ساختمانی|قانون بیمه~های اجتماعی کارگران ساختمانی مصوب 1386;Construction Workers' Social Insurance Act
قانون کار;قانون کار جمهوری اسلامی ایران;Labour Code
قانون ساختار نظام جامع رفاه و تأمین اجتماعی;قانون ساختار نظام جامع رفاه و تامین اجتماعی|قانون ساختار نظام جامع رفاه|قانون ساختار;Comprehensive Welfare and Social Security System Structure Act
قانون برنامه ششم توسعه;قانون برنامه پنجساله ششم توسعه اقتصادی، اجتماعی و فرهنگی جمهوری اسلامی ایران|قانون برنامه ششم;Sixth Development Plan Act
قانون برنامه هفتم توسعه;قانون برنامه پنجساله هفتم پیشرفت جمهوری اسلامی ایران|قانون برنامه هفتم|قانون برنامه هفتم پیشرفت;Seventh Development Plan Act
قانون بودجه;قانون بودجه سنواتی|قانون بودجه کل کشور;Annual Budget Act
قانون مدیریت خدمات کشوری;;Civil Service Management Act
قانون بیمه بیکاری;;Unemployment Insurance Act
قانون بیمه همگانی خدمات درمانی کشور;قانون بیمه همگانی;Universal Medical Insurance Act
قانون تشکیل وزارت تعاون، کار و رفاه اجتماعی;;Act establishing the Ministry of Cooperatives, Labour and Social Welfare
قانون اصلاح تبصره یک ماده 76 قانون کار;;Amendment to Labour Code art. 76
قانون حمایت از توسعه و ایجاد اشتغال پایدار;قانون حمایت از توسعه و ایجاد اشتغال پایدار در مناطق روستایی و عشایری;Sustainable Employment Support Act
قانون بیمه اجتماعی قالیبافان;قانون بیمه اجتماعی قالیبافان، بافندگان فرش و شاغلان صنایع دستی شناسه~دار|قانون بیمه قالیبافان;Carpet Weavers' Social Insurance Act
قانون بیمه اجتماعی رانندگان;قانون بیمه اجتماعی رانندگان حمل و نقل عمومی|قانون بیمه رانندگان;Drivers' Social Insurance Act
قانون حمایت از خانواده و جوانی جمعیت;قانون جوانی جمعیت|قانون حمایت از خانواده;Family Support and Youthful Population Act
قانون احکام دائمی برنامه~های توسعه;قانون احکام دائمی|قانون احکام دائمی برنامه~های توسعه کشور;Permanent Provisions of Development Plans Act
قانون رفع موانع تولید رقابت~پذیر;قانون رفع موانع تولید|قانون رفع موانع تولید رقابت پذیر و ارتقای نظام مالی کشور;Removal of Competitive Production Barriers Act
قانون هدفمندی یارانه~ها;قانون هدفمند کردن یارانه~ها;Targeted Subsidies Act
قانون اساسی;قانون اساسی جمهوری اسلامی ایران;Constitution
قانون مجازات اسلامی;;Islamic Penal Code
قانون مالیات~های مستقیم;;Direct Taxation Act
قانون تجارت;;Commercial Code
قانون بازنشستگی پیش از موعد;قانون بازنشستگی پیش از موعد کارکنان دولت;Early Retirement Act
قانون نحوه پرداخت بدهی~های دولت;;Government Debt Settlement Act
قانون الحاق برخی مواد به قانون تنظیم بخشی از مقررات مالی دولت;قانون تنظیم بخشی از مقررات مالی دولت|قانون تنظیم;Government Financial Regulations Act
آیین~نامه اجرایی ماده 5 قانون بیمه کارگران ساختمانی;آیین~نامه اجرایی قانون بیمه کارگران ساختمانی;Implementing bylaw, art. 5 Construction Workers' Insurance Act
""")
T["law_heads"] = ("text;kind", """
قانون;law
ماده;article
ماده~واحده;article
تبصره;note
بند;clause
جزء;subclause
آیین~نامه;bylaw
آئین~نامه;bylaw
آیین نامه;bylaw
دستورالعمل;directive
بخشنامه;circular
مصوبه;resolution
اصلاحیه;amendment
لایحه;bill
طرح;bill
اساسنامه;statute
تصویب~نامه;decree
اصل;constitutional_article
فصل;chapter
""")
T["facility_heads"] = ("text;kind", """
بیمارستان;hospital
بیمارستان تأمین~اجتماعی;hospital
پلی~کلینیک;polyclinic
پلی کلینیک;polyclinic
درمانگاه;clinic
کلینیک;clinic
مرکز درمانی;clinic
مرکز جامع;clinic
مرکز جامع سلامت;clinic
مرکز بهداشت;clinic
خانه بهداشت;clinic
داروخانه;pharmacy
آزمایشگاه;lab
مرکز تصویربرداری;lab
مرکز توانبخشی;rehab
آسایشگاه;care_home
سرای سالمندان;care_home
مجتمع;complex
مجتمع درمانی;complex
ساختمان;building
شعبه;branch
کارگزاری;agency
دفتر پیشخوان;agency
دفتر خدمات الکترونیک;agency
شهرک صنعتی;industrial_park
ناحیه صنعتی;industrial_park
کارخانه;factory
کارگاه;workshop
ورزشگاه;venue
سالن;venue
زائرسرا;venue
مهمانسرا;venue
""")
T["speech_verbs"] = ("text;kind", """
گفت;say
افزود;add
اضافه کرد;add
ادامه داد;continue
تأکید کرد;emphasize
تاکید کرد;emphasize
تصریح کرد;state
خبر داد;report
اظهار داشت;state
اظهار کرد;state
بیان کرد;state
بیان داشت;state
یادآور شد;remind
یادآوری کرد;remind
اعلام کرد;announce
اعلام داشت;announce
عنوان کرد;state
عنوان داشت;state
خاطرنشان کرد;note
خاطرنشان ساخت;note
توضیح داد;explain
اظهار امیدواری کرد;hope
ابراز امیدواری کرد;hope
گفت~وگو;interview
گفتگو;interview
اذعان کرد;admit
اشاره کرد;mention
با اشاره به;mention
با بیان اینکه;mention
با بیان این~که;mention
با تأکید بر;emphasize
با تاکید بر;emphasize
تشریح کرد;explain
ابراز کرد;state
ابراز داشت;state
پیشنهاد کرد;propose
پیشنهاد داد;propose
هشدار داد;warn
انتقاد کرد;criticize
اعلام آمادگی کرد;announce
یادآور شده بود;remind
گفته است;say
گفته بود;say
می~گوید;say
معتقد است;believe
اعلام شد;announce_passive
به گزارش;report_source
به نقل از;report_source
در گفت~وگو با;interview
در جمع خبرنگاران;interview
در نشست خبری;interview
در حاشیه;interview
""")
T["measures"] = ("text;kind;default_unit;name_en", """
بدهی;money;ریال;debt
بدهی دولت;money;ریال;government debt
بدهی معوق;money;ریال;overdue debt
بدهی معوق کارفرمایان;money;ریال;employers' overdue debt
مطالبات;money;ریال;receivables
مطالبات معوق;money;ریال;overdue receivables
دیون;money;ریال;debts
دیون معوقه;money;ریال;overdue debts
ضریب پشتیبانی;ratio;;support ratio
بیمه~شدگان;population;نفر;insured persons
بیمه شدگان;population;نفر;insured persons
بیمه~شدگان اصلی;population;نفر;main insured
بیمه~شدگان تبعی;population;نفر;dependent insured
بیمه~شدگان اجباری;population;نفر;compulsory insured
مستمری~بگیران;population;نفر;pensioners
مستمری بگیران;population;نفر;pensioners
بازنشستگان;population;نفر;retirees
جمعیت;population;نفر;population
جمعیت تحت پوشش;population;نفر;covered population
جمعیت بیمه~شدگان;population;نفر;insured population
کارگاه;count;واحد;workshop
کارگاه فعال;count;واحد;active workshop
کارگاه~ها;count;واحد;workshops
کارفرما;count;نفر;employer
کارفرمایان;count;نفر;employers
واحد تولیدی;count;واحد;production unit
واحدهای تولیدی;count;واحد;production units
شعبه;count;شعبه;branch
پرسنل;count;نفر;staff
کارکنان;count;نفر;employees
کارگر;count;نفر;worker
کارگران;count;نفر;workers
کارگران ساختمانی;population;نفر;construction workers
تخت;count;تخت;bed
تخت بیمارستانی;count;تخت;hospital bed
نسخه;count;نسخه;prescription
نسخه الکترونیک;count;نسخه;e-prescription
پرونده;count;پرونده;case file
قرارداد;count;قرارداد;contract
هزینه;money;ریال;cost / expenditure
هزینه~های درمان;money;ریال;healthcare costs
کسری منابع;money;ریال;resource deficit
کسری;money;ریال;deficit
اعتبار;money;ریال;credit / budget allocation
اعتبارات;money;ریال;allocations
بودجه;money;ریال;budget
درآمد;money;ریال;revenue
منابع;money;ریال;resources
وصولی;money;ریال;collections
وصول;money;ریال;collection
وام;money;ریال;loan
تسهیلات;money;ریال;facilities (loans)
مستمری;money;ریال;pension
حداقل مستمری;money;ریال;minimum pension
حقوق;money;ریال;salary
دستمزد;money;ریال;wage
حداقل دستمزد;money;ریال;minimum wage
حق بیمه;money;ریال;insurance contribution
حق~بیمه;money;ریال;insurance contribution
جریمه;money;ریال;penalty
جرایم;money;ریال;penalties
خسارت;money;ریال;damages
غرامت;money;ریال;compensation
هدیه ازدواج;money;ریال;marriage grant
کمک هزینه ازدواج;money;ریال;marriage grant
مقرری بیمه بیکاری;money;ریال;unemployment benefit
عیدی;money;ریال;bonus
سرمایه~گذاری;money;ریال;investment
رشد;rate;درصد;growth
افزایش;rate;درصد;increase
کاهش;rate;درصد;decrease
سهم;rate;درصد;share
نرخ;rate;درصد;rate
درصد;rate;درصد;percent
تورم;rate;درصد;inflation
رتبه;rank;;rank
امتیاز;score;;score
ویزیت;count;مورد;doctor visit
خدمات درمانی;count;مورد;medical services
مراجعه~کننده;count;نفر;visitor
مراجعان;count;نفر;visitors
تماس;count;مورد;calls
درخواست;count;مورد;requests
مجوز;count;مورد;permits
پروانه ساختمانی;count;مورد;building permits
عوارض ساختمانی;money;ریال;building levies
بیمه~شده;population;نفر;insured person
متقاضی;count;نفر;applicant
مددجو;count;نفر;client (welfare)
داروخانه طرف قرارداد;count;واحد;contracted pharmacy
پزشک;count;نفر;physician
پزشکان طرف قرارداد;count;نفر;contracted physicians
""")

T["surname_suffixes"] = ("suffix;note", """
ی;nisba (place/ancestor + ی): احمدی، تهرانی
پور;son of: حسن~پور
زاده;born of: حسین~زاده
نیا;ancestor: کریمی~نیا
راد;noble: مهرراد
فر;glory: صادقی~فر
نژاد;lineage: احمدی~نژاد
آبادی;from a place -آباد: نجف~آبادی
کیا;lord: احمدکیا
وند;Lur/Kurd clan: علیوند
لو;Turkic clan: شاملو
یان;family (also Armenian): حسینیان
ان;family plural: کاظمیان
فرد;individual: محمدی~فرد
منش;character: نیک~منش
مهر;kindness: علی~مهر
خانی;khan lineage: رضاخانی
بیگی;beg lineage: علی~بیگی
زادگان;descendants: حسن~زادگان
پناه;refuge: یزدان~پناه
دوست;friend: خدادوست
جو;seeker: حق~جو
کار;doer: درستکار
""")
T["name_prefixes"] = ("text;kind;attached", """
میر;lineage;yes
سید;lineage;no
سیده;lineage;no
حاج;courtesy;yes
حاجی;courtesy;yes
ملا;clerical;yes
شیخ;clerical;no
آقا;courtesy;yes
میرزا;lineage;yes
عبد;theophoric;yes
ابو;kunya;yes
""")


def norm_cell(c):
    c = c.replace("~", "\u200c").strip()
    return unicodedata.normalize("NFC", c)


def main():
    for name, (header, body) in T.items():
        cols = header.split(";")
        rows = []
        for line in body.strip().splitlines():
            cells = [norm_cell(x) for x in line.split(";")]
            assert len(cells) == len(cols), (name, line)
            rows.append(cells)
        with open(OUT / f"{name}.tsv", "w", encoding="utf-8") as f:
            f.write(HDR)
            multi = [c for c in cols if c in ("aliases", "variants")]
            if multi:
                f.write(f"# multi-valued: {', '.join(multi)}\n")
            f.write("\t".join(cols) + "\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
